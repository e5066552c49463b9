package org.assay.api;

import org.assay.engine.evaluation.EvaluationException;

import java.util.Locale;

/**
 * Every kind of problem the service answers with, by its status and title; its code, the end of the
 * {@code type} URN, is its name in lower case with hyphens ({@code UNKNOWN_PACK} is {@code unknown-pack}).
 * A client tells problems apart by that code, so each is written here and nowhere else.
 */
public enum ProblemType {
    MALFORMED_JSON(400, "Malformed JSON"),
    MALFORMED_PATH(400, "Malformed path"),
    INVALID_FACTS(400, "Invalid fact set"),
    INVALID_REQUEST(400, "Invalid request"),
    /** A {@code {"files": {...}}} body that does not describe DRL files of a pack. */
    INVALID_CANDIDATE(400, "Invalid candidate"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_OWNER(403, "Not the owner"),
    UNKNOWN_PACK(404, "Unknown pack"),
    UNKNOWN_SCENARIO(404, "Unknown scenario"),
    /** No entry of the assessment log has the id: never given, not logged (the log is off or fell behind), or pruned. */
    UNKNOWN_ASSESSMENT(404, "Unknown assessment"),
    /** A change whose {@code If-Match} names another version than the current one. */
    PRECONDITION_FAILED(412, "Precondition failed"),
    TOO_LARGE(413, "Request body too large"),
    /** A scenario to save names a pack that is not loaded: the body is well formed, but cannot be checked. */
    SCENARIO_PACK_UNKNOWN(422, "Scenario names an unknown pack"),
    PACK_DOES_NOT_LOAD(422, "Pack does not load"),
    CANDIDATE_DOES_NOT_LOAD(422, "Candidate does not load"),
    LIMIT_EXCEEDED(422, "Limit exceeded"),
    FIRE_LIMIT(422, ProblemType.NOT_ASSESSED),
    TIME_LIMIT(422, ProblemType.NOT_ASSESSED),
    STACK_OVERFLOW(422, ProblemType.NOT_ASSESSED),
    RULE_FAILED(422, ProblemType.NOT_ASSESSED),
    NO_VERDICT(422, ProblemType.NOT_ASSESSED),
    UNDECLARED_RATING(422, ProblemType.NOT_ASSESSED),
    BUSY(429, "Too many requests"),
    /** Nginx's status for a request whose client closed the connection; no one reads the answer. */
    CLIENT_GONE(499, "Client closed the connection"),
    INTERNAL(500, "Internal error"),
    PACK_UNAVAILABLE(503, "Pack not loaded"),
    STORE_UNAVAILABLE(503, "Store unavailable"),
    /** Refusals of the HTTP layer itself, before any resource runs; their codes are {@code http-<status>}. */
    HTTP_400(400, "Bad Request"),
    HTTP_404(404, "Not Found"),
    HTTP_405(405, "Method Not Allowed"),
    HTTP_406(406, "Not Acceptable"),
    HTTP_413(413, "Payload Too Large"),
    HTTP_415(415, "Unsupported Media Type");

    private static final String NOT_ASSESSED = "Assessment could not be completed";
    static final String TYPE_PREFIX = "urn:assay:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem's {@code type}, as a client matches it. */
    public String uri() {
        return TYPE_PREFIX + code();
    }

    /** Why the rules could not assess a fact set, as the problem a client sees. */
    public static ProblemType of(EvaluationException.Reason reason) {
        return switch (reason) {
            case FIRE_LIMIT -> FIRE_LIMIT;
            case TIME_LIMIT -> TIME_LIMIT;
            case STACK_OVERFLOW -> STACK_OVERFLOW;
            case RULE_FAILED -> RULE_FAILED;
            case NO_VERDICT -> NO_VERDICT;
            case UNDECLARED_RATING -> UNDECLARED_RATING;
        };
    }

    /**
     * The HTTP layer's refusal with this status; one the catalogue does not name is a bad request, or an internal
     * error, so that every problem a client sees is one the catalogue lists.
     */
    public static ProblemType http(int status) {
        for (ProblemType type : values()) {
            if (type.name().equals("HTTP_" + status)) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : HTTP_400;
    }
}
