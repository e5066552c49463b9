package org.assay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assess.Assessor;
import org.assay.assess.Recording;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.EvaluationException;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.facts.InvalidFactsException;
import org.assay.facts.Violation;
import org.assay.work.Deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Replays logged inputs against the pack version that serves now, to show which past verdicts a
 * rule change would alter. Each distinct input is evaluated once, however often it was logged, as an
 * internal assessment: replaying the log never adds to it. The whole replay holds one pack version.
 */
@ApplicationScoped
public class LogReplay {
    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;

    @Inject
    AssessmentHistory history;

    @Inject
    Assessor assessor;

    @Inject
    PackRegistry packs;

    @Inject
    ObjectMapper json;

    /** The outcome an input has now, or why it has none. */
    private record Rerun(ReplayReport.Outcome outcome, String failure) {
    }

    /**
     * @param deadline when the replay stops with the time limit
     * @param gone     whether the client has gone; the replay asks before each input and stops rather than work for nobody
     */
    public ReplayReport replay(LogQuery query, Deadline deadline, BooleanSupplier gone) {
        if (query.pack() == null) {
            throw new InvalidRequestException("The query names no pack",
                    List.of(new Violation("pack", "required: the pack whose logged assessments to replay")));
        }
        Pack pack = packs.serving(query.pack());
        Slice<AssessmentHistory.Replayable> logged = history.replayable(query);
        Map<String, Rerun> byInput = new HashMap<>();
        List<ReplayReport.Change> changes = new ArrayList<>();
        List<ReplayReport.Failure> failures = new ArrayList<>();
        for (AssessmentHistory.Replayable item : logged.items()) {
            if (gone.getAsBoolean()) {
                throw new CancellationException("the client closed the connection after " + changes.size() + failures.size() + " changes and failures");
            }
            deadline.check("the replay");
            LoggedAssessment entry = item.entry();
            Rerun rerun = byInput.computeIfAbsent(entry.inputHash(), hash -> rerun(pack, item.input()));
            ReplayReport.Outcome before = new ReplayReport.Outcome(entry.verdict(), entry.ratings(), sorted(entry.measures()));
            if (rerun.failure() != null) {
                failures.add(new ReplayReport.Failure(entry.id(), entry.assessedAt(), entry.inputHash(), rerun.failure()));
            } else if (before.differsFrom(rerun.outcome())) {
                changes.add(change(entry, before, rerun.outcome()));
            }
        }
        int replayed = logged.items().size();
        return new ReplayReport(pack.id(), pack.version(), logged.total(), replayed, changes.size(),
                replayed - changes.size() - failures.size(), failures.size(), changes, failures);
    }

    private Rerun rerun(Pack pack, String input) {
        if (input == null) {
            return new Rerun(null, "the input was larger than assay.log.max-input-bytes when it was logged, so only its hash was kept");
        }
        try {
            ObjectNode request = json.createObjectNode();
            request.set("facts", json.readTree(input));
            Assessment now = assessor.assess(pack, Requests.facts(pack, request), Recording.INTERNAL, 0);
            List<String> measures = now.recommendations().stream().map(Assessment.AssessedRecommendation::measure).toList();
            return new Rerun(new ReplayReport.Outcome(now.verdict(), now.levels(), sorted(measures)), null);
        } catch (InvalidFactsException e) {
            return new Rerun(null, "the input no longer fits the pack: " + e.violations().stream()
                    .map(v -> v.path() + ": " + v.message()).collect(Collectors.joining("; ")));
        } catch (EvaluationException e) {
            return new Rerun(null, "the rules could not finish: " + e.getMessage());
        } catch (JsonProcessingException e) {
            return new Rerun(null, "the logged input does not parse: " + e.getOriginalMessage());
        }
    }

    private static ReplayReport.Change change(LoggedAssessment entry, ReplayReport.Outcome before, ReplayReport.Outcome after) {
        TreeSet<String> added = new TreeSet<>(after.measures());
        added.removeAll(before.measures());
        TreeSet<String> removed = new TreeSet<>(before.measures());
        removed.removeAll(after.measures());
        return new ReplayReport.Change(entry.id(), entry.assessedAt(), entry.packVersion(), entry.inputHash(), before, after,
                List.copyOf(added), List.copyOf(removed));
    }

    private static List<String> sorted(List<String> measures) {
        return List.copyOf(new TreeSet<>(measures));
    }
}
