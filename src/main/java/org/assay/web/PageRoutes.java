package org.assay.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the page so that an upgrade reaches every browser at once. {@code index.html} names its stylesheet and
 * script under {@code /assets/<version>/}, and is revalidated on every visit ({@code no-cache}); the modules import
 * each other by relative URLs, which resolve under the same versioned folder, so every file of the page is fetched
 * under the version it belongs to, and may be kept for a year. (Quarkus's own static files are kept a day under one
 * URL whatever their version; they are still served, unversioned, for anyone who asks for one by its plain name.)
 */
@ApplicationScoped
public class PageRoutes {
    static final String PREFIX = "/assets/";
    private static final String PLACEHOLDER = "{{asset-version}}";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8",
            "html", "text/html;charset=UTF-8");

    @Inject
    PageFiles files;

    void install(@Observes Router router) {
        Buffer index = Buffer.buffer(new String(files.file("index.html"), StandardCharsets.UTF_8)
                .replace(PLACEHOLDER, files.version()));
        for (String page : new String[] {"/", "/index.html"}) {
            router.get(page).order(Integer.MIN_VALUE).handler(context -> context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get("html"))
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(index));
        }
        String current = PREFIX + files.version() + "/";
        router.get(PREFIX + "*").order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            // An old version is not served under its URL: a year's cache would keep today's file under it.
            byte[] file = path.startsWith(current) ? files.file(path.substring(current.length())) : null;
            String type = file == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
            if (type == null) {
                context.response().setStatusCode(404).end();
                return;
            }
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, type)
                    .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                    .end(Buffer.buffer(file));
        });
    }
}
