package org.assay.work;

import java.time.Duration;

/** The wall-clock time by which a piece of heavy work must finish, and the bound that set it. */
public record Deadline(long atNanos, Duration limit, String property) {

    public static Deadline after(Duration limit, String property) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit, property);
    }

    /** No deadline, for work a caller bounds otherwise (the command line, tests of the engine). */
    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE, Duration.ofNanos(Long.MAX_VALUE), "none");
    }

    public boolean passed() {
        return atNanos != Long.MAX_VALUE && System.nanoTime() - atNanos > 0;
    }

    /** Throws the refusal a client sees once the deadline has passed. */
    public void check(String what) {
        if (passed()) {
            throw exceeded(what);
        }
    }

    public LimitExceededException exceeded(String what) {
        String shown = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
        return new LimitExceededException("", property, what + " ran longer than its time limit; " + property + " is " + shown);
    }
}
