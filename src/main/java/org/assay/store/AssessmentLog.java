package org.assay.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.engine.Assessment;
import org.assay.engine.AssessmentListener;
import org.assay.engine.DaemonThreads;
import org.assay.facts.CanonicalInput;
import org.assay.facts.FactSet;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * name.
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
    private static final int KNOWN_INPUTS = 10_000;
    private static final int RECENT_INPUTS = 256;
    /** Put last on the queue at shutdown: the writer stops there. An interrupt could break the database's file I/O instead. */
    private static final Object STOP = new Object();

    @Inject
    AssayConfig config;

    @Inject
    Database database;

    /** Queued assessments, and flush markers that the writer completes once everything before them is written. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
    private final AtomicLong dropped = new AtomicLong();
    /** Canonical inputs of recent fact sets, by identity; only the writer uses it. */
    private final Map<FactSet, String[]> recentInputs = new IdentityHashMap<>();
    /** Hashes of inputs known to be stored, most recent last: a repeated input is then not even looked up. Only the writer uses it. */
    private final Map<String, Boolean> stored = new LinkedHashMap<>(KNOWN_INPUTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KNOWN_INPUTS;
        }
    };
    private boolean enabled;
    private Thread writer;

    private record Entry(Assessment assessment, FactSet facts, Instant at) {
    }

    /** Asks the writer to prune now, to these bounds; completed with what went. */
    private record Prune(Duration maxAge, long maxEntries, CompletableFuture<LogRetention.Pruned> done) {
    }

    @PostConstruct
    void start() {
        enabled = config.log().enabled();
        if (enabled) {
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
            insert(batch.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList());
            batch.stream().filter(Prune.class::isInstance).forEach(prune -> pruneNow((Prune) prune));
            batch.stream().filter(CompletableFuture.class::isInstance).forEach(marker -> ((CompletableFuture<?>) marker).complete(null));
        }
    }

    private void pruneNow(Prune prune) {
        try {
            LogRetention.Pruned pruned = database.inTransaction(c -> LogRetention.prune(c, Instant.now(), prune.maxAge(), prune.maxEntries()));
            if (pruned.inputs() > 0) {
                // Those inputs are gone from the database, so they must be written again when they come again.
                stored.clear();
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

    private void insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        List<String> hashes = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            String[] canonical = canonical(entry.facts());
            String input = canonical[0];
            String hash = canonical[1];
            hashes.add(hash);
            if (!stored.containsKey(hash)) {
                // A larger input is kept as its hash alone (null JSON): the entry stays, but cannot be replayed.
                inputs.putIfAbsent(hash, input.length() > config.log().maxInputBytes() ? null : input);
            }
        }
        try {
            database.inTransaction(c -> {
                insertInputs(c, inputs);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment_log (pack, pack_version, input_hash, "
                        + "verdict, measures_json, duration_micros, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < entries.size(); i++) {
                        Entry entry = entries.get(i);
                        Assessment a = entry.assessment();
                        insert.setString(1, a.pack());
                        insert.setString(2, a.packVersion());
                        insert.setString(3, hashes.get(i));
                        insert.setString(4, a.verdict().name());
                        insert.setString(5, LoggedAssessment.measuresJson(a.recommendations().stream().map(Assessment.AssessedRecommendation::measure).toList()));
                        insert.setLong(6, a.timing().bindMicros() + a.timing().evaluateMicros());
                        insert.setObject(7, ScenarioStore.utc(entry.at().truncatedTo(ChronoUnit.MICROS)));
                        insert.addBatch();
                    }
                    return insert.executeBatch();
                }
            });
            inputs.keySet().forEach(hash -> stored.put(hash, Boolean.TRUE));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not write %d assessment log entries; they are dropped", entries.size());
        }
    }

    /**
     * An input's canonical JSON and its hash. A request answered again from the cache hands over the
     * very fact set it was first read into, so those are kept by identity for the recent ones.
     */
    private String[] canonical(FactSet facts) {
        String[] known = recentInputs.get(facts);
        if (known == null) {
            if (recentInputs.size() >= RECENT_INPUTS) {
                recentInputs.clear();
            }
            String input = CanonicalInput.json(facts);
            known = new String[] {input, CanonicalInput.sha256(input)};
            recentInputs.put(facts, known);
        }
        return known;
    }

    /** Stores each input the database may not have yet; one it has already is left as it is. */
    private static void insertInputs(Connection c, Map<String, String> inputs) throws SQLException {
        if (inputs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment_input (input_hash, input_json) SELECT ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM assessment_input WHERE input_hash = ?)")) {
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                insert.setString(1, input.getKey());
                insert.setString(2, input.getValue());
                insert.setString(3, input.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
