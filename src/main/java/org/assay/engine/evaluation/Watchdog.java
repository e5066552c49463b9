package org.assay.engine.evaluation;

import org.assay.engine.serving.DaemonThreads;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Halts evaluations that run past their time limit. One daemon thread looks at the armed alarms
 * every {@value #TICK_MILLIS} ms, so a limit is kept to within that; it never keeps the JVM alive.
 *
 * <p>Written by hand rather than one scheduled task per evaluation: every assessment arms an alarm
 * and nearly all disarm it well before it goes off. With a {@code ScheduledExecutorService} each of
 * them locked the queue and woke the timer thread, about a tenth of an assessment's cost on 2 cores;
 * here arming and disarming is an add to and a remove from a concurrent set.
 */
public final class Watchdog implements AutoCloseable {
    static final long TICK_MILLIS = 20;

    private final Set<Alarm> armed = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor ticker;

    public Watchdog(String name) {
        ticker = new ScheduledThreadPoolExecutor(1, DaemonThreads.named(name));
        ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code onExpiry} once the limit has passed, unless the returned alarm is disarmed first. */
    Alarm arm(Duration limit, Runnable onExpiry) {
        Alarm alarm = new Alarm(System.nanoTime() + limit.toNanos(), onExpiry);
        armed.add(alarm);
        return alarm;
    }

    private void tick() {
        long now = System.nanoTime();
        for (Alarm alarm : armed) {
            // Whichever of the tick and the disarm removes the alarm first decides whether it goes off.
            if (now - alarm.deadline >= 0 && armed.remove(alarm)) {
                alarm.wentOff = true;
                alarm.onExpiry.run();
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** One evaluation's time limit. */
    final class Alarm {
        private final long deadline;
        private final Runnable onExpiry;
        private volatile boolean wentOff;

        private Alarm(long deadline, Runnable onExpiry) {
            this.deadline = deadline;
            this.onExpiry = onExpiry;
        }

        void disarm() {
            armed.remove(this);
        }

        /** Whether the limit passed before the alarm was disarmed. */
        boolean wentOff() {
            return wentOff;
        }
    }
}
