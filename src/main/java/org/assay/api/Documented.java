package org.assay.api;

/** What the OpenAPI document says on many routes, written once: the problems routes share and the media types. */
final class Documented {
    static final String NDJSON = "application/x-ndjson";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String NOT_MODIFIED = "not modified: the ETag named in If-None-Match is current; no body";
    static final String PRECONDITION_FAILED = "precondition-failed: If-Match names another version; the ETag header and the detail give the current one";

    static final String PACK_UNAVAILABLE = "pack-unavailable: the pack does not load, and no earlier version of it serves";
    static final String NOT_ASSESSED = "the rules could not assess the facts: a fire or time limit, a rule that failed, or a rating"
            + " left without a level (fire-limit, time-limit, stack-overflow, rule-failed, no-verdict, undeclared-rating)";
    static final String BUSY = "busy: too much work at once; the Retry-After header says when to ask again";
    static final String LIMIT_EXCEEDED = "limit-exceeded: the request asks for more work than the service does in one answer";
    /** Said by OpenApiContract on the routes tagged as the store's. */
    static final String STORE_UNAVAILABLE = "store-unavailable: the database that keeps scenarios and the log does not answer";
    static final String UNAUTHENTICATED = "unauthenticated: no user, or a wrong password or token; sign in (HTTP Basic or a bearer token)";
    static final String NOT_AN_ANALYST = "forbidden or not-owner: the user is neither an analyst, rule author nor admin,"
            + " or does not own the scenario and is no admin";

    private Documented() {
    }
}
