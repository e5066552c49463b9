package org.assay.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.assess.AssessmentListener;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.serving.DaemonThreads;
import org.assay.facts.FactSet;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes every assessment served to the {@code assessment_log} table, unless {@code assay.log.enabled}
 * is false. Each distinct input is stored once, in {@code assessment_input}, under the hash the entries
 * name (see {@link LogInserts}).
 *
 * <p>The request thread only puts the assessment on a queue; one writer thread turns queued entries
 * into canonical JSON and inserts them in batches, one transaction each. That keeps the database off
 * the hot path and means a slow or failing database never fails or slows an assessment: a full queue
 * drops entries (counted and logged) instead of blocking. The price is that the log is a best-effort
 * record: a crash loses whatever was still queued, at most the last moments of traffic. Scenarios are
 * not written this way: a save is committed before it is acknowledged, so a killed process loses none.
 *
 * <p>The writer also keeps the log within {@code assay.log.max-age} and {@code assay.log.max-entries}
 * (see {@link LogRetention}), once at start and every {@code assay.log.prune-every}, so that no client
 * can fill the disk; an input above {@code assay.log.max-input-bytes} is logged by its hash alone.
 */
@ApplicationScoped
public class AssessmentLog implements AssessmentListener {
    private static final Logger LOG = Logger.getLogger(AssessmentLog.class);
    // Bounds what a stalled database can hold in memory: a fact set of the size of bih-nato's is a few kilobytes.
    private static final int QUEUE_SIZE = 2_000;
    private static final int BATCH_SIZE = 200;
    private static final long FLUSH_SECONDS = 10;
    /** Put last on the queue at shutdown: the writer stops there. An interrupt could break the database's file I/O instead. */
    private static final Object STOP = new Object();

    @Inject
    AssayConfig config;

    @Inject
    Database database;

    /** Queued assessments, and flush markers that the writer completes once everything before them is written. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
    private final AtomicLong dropped = new AtomicLong();
    /** Only the writer uses it. */
    private LogInserts inserts;
    private boolean enabled;
    private Thread writer;

    /** One assessment served, as queued for the writer. */
    record Entry(Assessment assessment, FactSet facts, Instant at) {
    }

    /** Asks the writer to prune now, to these bounds; completed with what went. */
    private record Prune(Duration maxAge, long maxEntries, CompletableFuture<LogRetention.Pruned> done) {
    }

    @PostConstruct
    void start() {
        enabled = config.log().enabled();
        if (enabled) {
            inserts = new LogInserts(database, config.log().maxInputBytes());
            writer = DaemonThreads.named("assay-log-writer").newThread(this::write);
            writer.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (enabled && queue.offer(STOP, FLUSH_SECONDS, TimeUnit.SECONDS)) {
            writer.join(TimeUnit.SECONDS.toMillis(FLUSH_SECONDS));
        }
    }

    @Override
    public void assessed(Assessment assessment, FactSet facts) {
        if (enabled && !queue.offer(new Entry(assessment, facts, Instant.now()))) {
            long count = dropped.incrementAndGet();
            if (count == 1 || count % 1000 == 0) {
                LOG.warnf("The assessment log falls behind; %d entries dropped so far", count);
            }
        }
    }

    /** Waits until every assessment logged before this call is written, so that a query sees it. */
    public void flush() {
        if (!enabled) {
            return;
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            if (queue.offer(written, FLUSH_SECONDS, TimeUnit.SECONDS)) {
                written.get(FLUSH_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The assessment log did not catch up within %d s", FLUSH_SECONDS);
        }
    }

    /**
     * Prunes the log to the given bounds now, after everything logged before this call is written.
     *
     * @return what was removed, or null when the log is off or did not answer in time
     */
    public LogRetention.Pruned prune(Duration maxAge, long maxEntries) {
        if (!enabled) {
            return null;
        }
        Prune prune = new Prune(maxAge, maxEntries, new CompletableFuture<>());
        try {
            return queue.offer(prune, FLUSH_SECONDS, TimeUnit.SECONDS) ? prune.done().get(FLUSH_SECONDS, TimeUnit.SECONDS) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The assessment log was not pruned within %d s", FLUSH_SECONDS);
            return null;
        }
    }

    private void write() {
        List<Object> batch = new ArrayList<>(BATCH_SIZE);
        long pruneEvery = config.log().pruneEvery().toNanos();
        long nextPrune = System.nanoTime();
        while (!batch.contains(STOP)) {
            batch.clear();
            if (System.nanoTime() - nextPrune >= 0) {
                pruneNow(new Prune(config.log().maxAge(), config.log().maxEntries(), new CompletableFuture<>()));
                nextPrune = System.nanoTime() + pruneEvery;
            }
            try {
                Object first = queue.poll(Math.max(0, nextPrune - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH_SIZE - 1);
            inserts.insert(batch.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList());
            batch.stream().filter(Prune.class::isInstance).forEach(prune -> pruneNow((Prune) prune));
            batch.stream().filter(CompletableFuture.class::isInstance).forEach(marker -> ((CompletableFuture<?>) marker).complete(null));
        }
    }

    private void pruneNow(Prune prune) {
        try {
            LogRetention.Pruned pruned = database.inTransaction(c -> LogRetention.prune(c, Instant.now(), prune.maxAge(), prune.maxEntries()));
            if (pruned.inputs() > 0) {
                inserts.forgetStoredInputs();
            }
            if (pruned.entries() > 0) {
                LOG.infof("Pruned the assessment log: %d entries and %d inputs beyond its age and size", pruned.entries(), pruned.inputs());
            }
            prune.done().complete(pruned);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not prune the assessment log; it is tried again in %s", config.log().pruneEvery());
            prune.done().completeExceptionally(e);
        }
    }
}
