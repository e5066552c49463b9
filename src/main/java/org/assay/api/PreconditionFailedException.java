package org.assay.api;

import jakarta.ws.rs.core.EntityTag;
import org.assay.facts.Violation;

/** A conditional request whose {@code If-Match} (or {@code If-None-Match}) does not hold: 412, naming the current tag. */
public class PreconditionFailedException extends RuntimeException {
    private final transient EntityTag current;
    private final transient Violation violation;

    /** @param what the resource, in words: {@code scenario "…"} */
    PreconditionFailedException(String what, EntityTag current, String header) {
        super(what + " is not in the version " + header + " names; its current ETag is " + current);
        this.current = current;
        this.violation = new Violation(header, "the current ETag is " + current);
    }

    public EntityTag current() {
        return current;
    }

    public Violation violation() {
        return violation;
    }
}
