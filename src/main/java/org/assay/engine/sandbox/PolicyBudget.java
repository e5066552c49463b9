package org.assay.engine.sandbox;

import java.time.Duration;

/**
 * The time limit as untrusted policy code sees it. The watchdog stops an assessment between rule
 * firings; policy code has no loops, so whatever else could run long inside one firing (a stream
 * whose lambdas fan out, a nested stream per element) goes through the pack's own methods again and
 * again, and {@link PolicyGuards} makes each of them call {@link #tick()} first. Once the
 * assessment's alarm has gone off, the next tick throws, wherever in the pack's code it is.
 *
 * <p>A thread-local flag rather than a clock read per call: a tick is on the path of every
 * constraint, so it must cost a few nanoseconds.
 */
public final class PolicyBudget {
    private static final ThreadLocal<PolicyBudget> CURRENT = new ThreadLocal<>();

    /** How often a clock-bound budget reads the clock: a tick is a few nanoseconds, a clock read twenty. */
    private static final int TICKS_PER_CLOCK_READ = 256;

    private volatile boolean spent;
    private final long deadline;
    private int ticks;

    private PolicyBudget(long deadline) {
        this.deadline = deadline;
    }

    /** Starts a budget for the assessment this thread is about to run; {@link #end()} it when done. */
    public static PolicyBudget begin() {
        PolicyBudget budget = new PolicyBudget(Long.MAX_VALUE);
        CURRENT.set(budget);
        return budget;
    }

    /** A budget that spends itself once {@code limit} has passed, for runs no watchdog watches (one variant of many). */
    public static PolicyBudget begin(Duration limit) {
        PolicyBudget budget = new PolicyBudget(System.nanoTime() + limit.toNanos());
        CURRENT.set(budget);
        return budget;
    }

    /** Called by the watchdog when the assessment's time is up. */
    public void spend() {
        spent = true;
    }

    public void end() {
        CURRENT.remove();
    }

    /** Whether an exception out of the engine is a tick's, perhaps wrapped by Drools as a consequence's failure. */
    public static boolean stoppedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeLimitReached) {
                return true;
            }
        }
        return false;
    }

    /** Called at the start of every method of an untrusted pack. */
    public static void tick() {
        PolicyBudget budget = CURRENT.get();
        if (budget == null) {
            return;
        }
        if (budget.deadline != Long.MAX_VALUE && ++budget.ticks % TICKS_PER_CLOCK_READ == 0 && System.nanoTime() - budget.deadline > 0) {
            budget.spent = true;
        }
        if (budget.spent) {
            throw new TimeLimitReached();
        }
    }

    /** Thrown into policy code that is still running when its assessment's time is up. */
    public static final class TimeLimitReached extends RuntimeException {
        TimeLimitReached() {
            super("the assessment's time limit passed while the pack's code was running", null, false, false);
        }
    }
}
