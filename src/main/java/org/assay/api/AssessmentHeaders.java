package org.assay.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.assay.whatif.WhatIfResult;

/**
 * The headers that name the assessments an answer holds, so that a client can cite one and fetch its log
 * entry at {@code /api/v1/assessments/{id}} without reading the body.
 */
final class AssessmentHeaders {
    static final String ID = "Assay-Assessment-Id";
    private static final String LOGGED = "/api/v1/assessments/";

    private AssessmentHeaders() {
    }

    /**
     * One assessment: its id, and its log entry as {@code Location}. The location is a path, which a client resolves
     * against the address it asked; an absolute URL built here would name the service's own host behind a proxy.
     */
    static Response.ResponseBuilder one(Response.ResponseBuilder response, String id) {
        return response.header(ID, id).header(HttpHeaders.LOCATION, LOGGED + id);
    }

    /** A what-if or a comparison of saved scenarios: both ids, {@code before} first. */
    static Response both(WhatIfResult result) {
        return Response.ok(result).header(ID, result.before().id() + ", " + result.after().id()).build();
    }
}
