package org.assay.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells caches that an API answer depends on {@code Accept-Encoding}: it is compressed for a client that accepts it
 * (see {@code quarkus.http.enable-compression}), and Vert.x, which compresses it, does not say so itself.
 */
public class VaryAcceptEncoding {

    @ServerResponseFilter
    public void vary(ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }
}
