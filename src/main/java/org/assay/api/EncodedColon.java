package org.assay.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * Lets {@code /assessments%3Abatch} reach {@code /assessments:batch}. Some HTTP clients encode the
 * colon of a custom method, and the REST layer matches paths as sent; rerouting here keeps one
 * plain path in the API and its OpenAPI document.
 */
@ApplicationScoped
public class EncodedColon {
    private static final Pattern ENCODED = Pattern.compile("%3[Aa](?=batch$)");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.request().path();
            if (path != null && path.endsWith("batch") && ENCODED.matcher(path).find()) {
                // The query goes along: rerouting to a bare path would drop it (?fragility=true).
                String query = context.request().query();
                context.reroute(ENCODED.matcher(path).replaceFirst(":") + (query == null ? "" : "?" + query));
            } else {
                context.next();
            }
        });
    }
}
