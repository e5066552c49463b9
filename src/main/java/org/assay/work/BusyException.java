package org.assay.work;

/** A request refused because its pool's queue is full; the client may try again after the given time. */
public class BusyException extends RuntimeException {
    private final long retryAfterSeconds;

    public BusyException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
