package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.AssayConfig;
import org.assay.assess.Assessor;
import org.assay.assess.Question;
import org.assay.assess.Recording;
import org.assay.assess.Request;
import org.assay.assess.Requests;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import org.assay.engine.serving.PackRegistry;
import org.assay.engine.evaluation.VariantOutcome;
import org.assay.engine.evaluation.VariantSession;
import org.assay.engine.outcome.FindingKind;
import org.assay.engine.outcome.Severity;
import org.assay.facts.FactSet;
import org.assay.facts.FieldPath;
import org.assay.facts.MergePatch;
import org.assay.work.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches for the cheapest lever changes that reach a target, and checks each answer with a real
 * assessment by the same pack version. Those checks are internal: a search adds nothing to the
 * assessment log or the metrics.
 */
@ApplicationScoped
public class Counterfactuals {
    static final String MINIMALITY = "Exact within the bounds over the candidate values: sets of lever changes are tried in order of"
            + " total cost, every combination of candidate values of a set before any dearer set, so no cheaper answer exists;"
            + " sets containing an answer are skipped, so each answer is minimal as a set. Candidate values are every declared"
            + " value, and for a range either every step (exhaustive) or one value per stretch along which the base's outcome"
            + " stays the same (the value nearest the base). With a range sampled so, a threshold of that lever that only shows"
            + " once another lever changes can be missed; ask for \"exhaustive\": true to rule that out.";

    @Inject
    PackRegistry packs;

    @Inject
    Assessor assessor;

    @Inject
    AssayConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Requests requests;

    /** @param deadline when the search stops at the latest, besides its own time limit */
    public CounterfactualReport search(String packId, JsonNode asked, Deadline deadline) {
        long start = System.nanoTime();
        Pack pack = packs.serving(packId);
        Request read = requests.read(pack, asked, Question.FACTS, CounterfactualRequest.OWN_MEMBERS);
        FactSet base = read.facts();
        JsonNode body = read.body();
        try (VariantSession session = VariantSession.open(pack, base, config.evaluation().fireLimit())) {
            VariantOutcome baseOutcome = session.baseOutcome();
            CounterfactualRequest request = CounterfactualRequest.read(pack, base, session, body, config.counterfactuals());
            List<Candidate> candidates = new CandidateValues(pack, base, session, request.exhaustive).of(request.levers);
            CounterfactualReport.Outcome before = new CounterfactualReport.Outcome(baseOutcome.verdict(), baseOutcome.ratings(),
                    baseOutcome.measures());
            if (request.target.metBy(baseOutcome)) {
                return new CounterfactualReport(pack.id(), pack.version(), request.target, before, true,
                        "the base already meets the target; no change is needed", List.of(), List.of(), null);
            }
            List<Candidate> movable = candidates.stream().filter(c -> !c.alternatives().isEmpty()).toList();
            CounterfactualSearch.Result result = new CounterfactualSearch(movable, request.target, request.maxChanges,
                    request.maxAssessments, request.solutions,
                    Math.min(start + config.counterfactuals().timeLimit().toNanos(), deadline.atNanos())).run(session);
            List<CounterfactualReport.Solution> solutions = new ArrayList<>();
            for (CounterfactualSearch.Solution solution : result.solutions()) {
                solutions.add(verified(pack, body, candidates, solution, request.target));
            }
            CounterfactualReport.Search search = new CounterfactualReport.Search(MINIMALITY, request.exhaustive, request.maxChanges,
                    request.maxAssessments, result.assessments(), result.setsExplored(), result.complete(),
                    noAnswerBelow(result), (System.nanoTime() - start) / 1_000_000, levers(candidates, request));
            List<CounterfactualReport.Standing> standing = standing(pack, base, result, request.target);
            return new CounterfactualReport(pack.id(), pack.version(), request.target, before, !solutions.isEmpty(),
                    answer(result, standing), solutions, standing, search);
        }
    }

    /** The cheapest answer's cost; without one, the cost up to which every set was tried, if a bound stopped the search. */
    private static Double noAnswerBelow(CounterfactualSearch.Result result) {
        if (!result.solutions().isEmpty()) {
            return result.solutions().get(0).cost();
        }
        return Double.isInfinite(result.exploredBelowCost()) ? null : result.exploredBelowCost();
    }

    private static List<CounterfactualReport.Lever> levers(List<Candidate> candidates, CounterfactualRequest request) {
        List<CounterfactualReport.Lever> levers = new ArrayList<>(candidates.stream().map(Counterfactuals::lever).toList());
        request.absent.forEach(path -> levers.add(new CounterfactualReport.Lever(path, null, 0, null, null, List.of(),
                "the base has no such instance to change")));
        request.infeasible.forEach(lever -> levers.add(new CounterfactualReport.Lever(lever.path(), lever.title(), 0, lever.source(),
                lever.note(), List.of(), "cannot move within the horizon of " + request.horizonMonths + " months: pack.yaml marks it infeasible"
                + " within " + lever.infeasibleWithinMonths())));
        return levers;
    }

    /**
     * What stood in the way, as the base raises it: of the findings bearing on a rating the target raises or named in its
     * {@code findingsGone} (never a strength), those every variant tried before the first answer still raised. With an
     * answer, the ones that answer removes: what had to go, which nothing cheaper removed. Without one, the gravest of
     * them by severity: what no lever change within the bounds removed, and not the lesser findings that merely stayed.
     */
    private List<CounterfactualReport.Standing> standing(Pack pack, FactSet base, CounterfactualSearch.Result result, Target target) {
        if (result.standing().isEmpty()) {
            return List.of();
        }
        Assessment assessed = assessor.assess(pack, base, Recording.INTERNAL, 0);
        Set<String> answered = result.solutions().isEmpty() ? null : result.solutions().get(0).outcome().findings().keySet();
        List<Assessment.AssessedFinding> stood = assessed.findings().stream()
                .filter(f -> result.standing().contains(f.id()) && f.kind() != FindingKind.STRENGTH)
                .filter(f -> target.findingsGone().contains(f.id()) || (f.rating() != null && target.ratingsAtLeast().containsKey(f.rating())))
                .filter(f -> answered == null || !answered.contains(f.id()))
                .toList();
        Severity gravest = stood.stream().map(Assessment.AssessedFinding::severity).min(Comparator.naturalOrder()).orElse(null);
        return stood.stream()
                .filter(f -> answered != null || target.findingsGone().contains(f.id()) || f.severity() == gravest)
                .map(f -> new CounterfactualReport.Standing(f.id(), f.kind(), f.severity(), f.rating(), f.message()))
                .toList();
    }

    private static String answer(CounterfactualSearch.Result result, List<CounterfactualReport.Standing> standing) {
        String stood = standing.isEmpty() ? "" : String.join(", ", standing.stream().map(CounterfactualReport.Standing::id).toList());
        if (!result.solutions().isEmpty()) {
            return "the cheapest answer costs " + plain(result.solutions().get(0).cost())
                    + (result.complete() ? "; none cheaper exists within the bounds" : "")
                    + (stood.isEmpty() ? "" : ": every cheaper combination tried leaves " + stood + " standing");
        }
        if (result.complete()) {
            return "no combination of the levers' candidate values within the bounds reaches the target"
                    + (stood.isEmpty() ? "" : "; no lever change tried removes " + stood);
        }
        String bound = "time".equals(result.stoppedBy()) ? "its time limit (assay.counterfactuals.time-limit)" : "its bound of assessments";
        return "the search reached " + bound + " before finding an answer; none costs less than "
                + plain(result.exploredBelowCost()) + "; raise maxAssessments, narrow the levers or lower maxChanges";
    }

    private CounterfactualReport.Solution verified(Pack pack, JsonNode body, List<Candidate> candidates,
                                                   CounterfactualSearch.Solution solution, Target target) {
        ObjectNode patch = mapper.createObjectNode();
        List<CounterfactualReport.Change> changes = new ArrayList<>();
        for (Map.Entry<FieldPath, Object> change : solution.changes().entrySet()) {
            FieldPath path = change.getKey();
            patch.withObjectProperty(path.type()).withObjectProperty(path.id()).set(path.field(), mapper.valueToTree(change.getValue()));
            Candidate candidate = candidates.stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
            changes.add(new CounterfactualReport.Change(path.toString(), candidate.title(), candidate.baseValue(), change.getValue(),
                    candidate.cost(), candidate.costSource(), candidate.costNote()));
        }
        ObjectNode request = ((ObjectNode) body).deepCopy();
        request.remove(CounterfactualRequest.OWN_MEMBERS);
        JsonNode earlier = request.get("changes");
        request.set("changes", MergePatch.apply(earlier == null ? mapper.createObjectNode() : earlier, patch));
        Assessment assessment = assessor.assess(pack, Requests.facts(pack, request), Recording.INTERNAL, 0);
        return new CounterfactualReport.Solution(solution.cost(), changes, request, assessment.verdict(), assessment.levels(),
                solution.outcome().measures(), target.metBy(assessment));
    }

    private static CounterfactualReport.Lever lever(Candidate candidate) {
        return new CounterfactualReport.Lever(candidate.path().toString(), candidate.title(), candidate.cost(), candidate.costSource(),
                candidate.costNote(), candidate.alternatives(),
                candidate.alternatives().isEmpty() ? "no candidate value changes the outcome from the base" : null);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
