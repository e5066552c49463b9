package org.assay.store;

import org.assay.engine.evaluation.Assessment;
import org.assay.facts.CanonicalInput;
import org.assay.facts.FactSet;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes batches of the assessment log's entries, for its one writer thread. Each distinct input is
 * stored once, in {@code assessment_input}, under the hash the entries name; an input larger than
 * {@code assay.log.max-input-bytes} is stored as its hash alone.
 */
final class LogInserts {
    private static final Logger LOG = Logger.getLogger(LogInserts.class);
    private static final int KNOWN_INPUTS = 10_000;
    private static final int RECENT_INPUTS = 256;

    private final Database database;
    private final int maxInputBytes;
    /** Canonical inputs of recent fact sets, by identity. */
    private final Map<FactSet, String[]> recentInputs = new IdentityHashMap<>();
    /** Hashes of inputs known to be stored, most recent last: a repeated input is then not even looked up. */
    private final Map<String, Boolean> stored = new LinkedHashMap<>(KNOWN_INPUTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KNOWN_INPUTS;
        }
    };

    LogInserts(Database database, int maxInputBytes) {
        this.database = database;
        this.maxInputBytes = maxInputBytes;
    }

    /** Inputs were deleted (pruned), so none is known to be stored any more: each is written again when it comes again. */
    void forgetStoredInputs() {
        stored.clear();
    }

    /** Inserts the entries in one transaction, and each input the database may not have yet; a failure drops them, logged. */
    void insert(List<AssessmentLog.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        List<String> hashes = new ArrayList<>(entries.size());
        for (AssessmentLog.Entry entry : entries) {
            String[] canonical = canonical(entry.facts());
            String input = canonical[0];
            String hash = canonical[1];
            hashes.add(hash);
            if (!stored.containsKey(hash)) {
                // A larger input is kept as its hash alone (null JSON): the entry stays, but cannot be replayed.
                inputs.putIfAbsent(hash, input.length() > maxInputBytes ? null : input);
            }
        }
        try {
            database.inTransaction(c -> {
                insertInputs(c, inputs);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment_log (pack, pack_version, input_hash, "
                        + "verdict, measures_json, duration_micros, assessed_at, ratings_json, assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < entries.size(); i++) {
                        AssessmentLog.Entry entry = entries.get(i);
                        Assessment a = entry.assessment();
                        insert.setString(1, a.pack());
                        insert.setString(2, a.packVersion());
                        insert.setString(3, hashes.get(i));
                        insert.setString(4, a.verdict());
                        insert.setString(5, LoggedAssessment.measuresJson(a.recommendations().stream().map(Assessment.AssessedRecommendation::measure).toList()));
                        insert.setLong(6, a.timing().bindMicros() + a.timing().evaluateMicros());
                        insert.setObject(7, ScenarioStore.utc(entry.at().truncatedTo(ChronoUnit.MICROS)));
                        insert.setString(8, LoggedAssessment.ratingsJson(a.levels()));
                        insert.setString(9, a.id());
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
