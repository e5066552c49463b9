package org.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.evaluation.Grounds;
import org.assay.engine.Pack;
import org.assay.engine.loading.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code explain PACK_DIR FACTS_JSON ID}: why one finding stands, or one measure is recommended: the
 * rule behind it with its source and citation, the facts it matched with their values, and for each
 * finding it matched, that finding's own chain, down to the input facts, as {@link Grounds} walks them.
 */
@Command(name = "explain", description = "Explain one finding (or measure) of an assessment: the rules, sources and"
        + " matched facts behind it, recursively. Exit 1 when the facts do not raise it.")
final class ExplainCommand extends PackCommand {

    @Parameters(index = "1", paramLabel = "FACTS_JSON", description = "an assessment request body, as for assess")
    Path facts;

    @Parameters(index = "2", paramLabel = "ID", description = "a finding id (e.g. CONSENSUS_VETO) or a measure (e.g. NEW_SECURITY_PACT)")
    String id;

    private PrintWriter out;
    private Pack pack;
    private Assessment assessment;
    private Grounds grounds;
    private final Set<String> cited = new HashSet<>();

    @Override
    int run(Pack loaded) {
        out = out();
        pack = loaded;
        PrintWriter err = err();
        JsonNode request = PackFolder.read(spec, facts, err);
        assessment = request == null ? null : PackFolder.assess(pack, request, err);
        if (assessment == null) {
            return 1;
        }
        grounds = new Grounds(assessment);
        Optional<Assessment.AssessedRecommendation> measure = assessment.recommendations().stream().filter(r -> r.measure().equals(id)).findFirst();
        if (assessment.findings().stream().anyMatch(f -> f.id().equals(id))) {
            explain(grounds.ofFinding(id), "");
        } else if (measure.isPresent()) {
            explainMeasure(measure.get());
        } else {
            err.println(id + " is neither raised nor recommended for these facts (verdict " + assessment.verdict() + "); findings: "
                    + assessment.findings().stream().map(Assessment.AssessedFinding::id).collect(Collectors.joining(", "))
                    + "; measures: " + assessment.recommendations().stream().map(Assessment.AssessedRecommendation::measure)
                    .collect(Collectors.joining(", ")));
            return 1;
        }
        return 0;
    }

    private void explainMeasure(Assessment.AssessedRecommendation measure) {
        out.println(measure.measure() + " (measure, " + measure.priority() + ")");
        for (Grounds.Because because : grounds.ofMeasure(measure.measure())) {
            Assessment.Reason reason = because.reason();
            out.println("  recommended " + reason.priority() + " by " + rule(reason.rule()));
            out.println("    " + reason.rationale());
            source(reason.rule(), "    ");
            because.inputs().forEach(ref -> out.println("    matched " + ref));
            explain(because.findings(), "    ");
        }
    }

    private void explain(List<Grounds.Ground> walked, String indent) {
        for (Grounds.Ground ground : walked) {
            if (ground instanceof Grounds.Gone gone) {
                out.println(indent + gone.id() + " (no longer stands)");
            } else if (ground instanceof Grounds.Again again) {
                out.println(indent + again.id() + " (explained above)");
            } else if (ground instanceof Grounds.Raised raised) {
                explain(raised, indent);
            } else if (ground instanceof Grounds.Input input) {
                out.println(indent + "matched " + input.fact().ref() + ": " + input.fact().values().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
    }

    private void explain(Grounds.Raised raised, String indent) {
        Assessment.AssessedFinding finding = raised.finding();
        out.println(indent + finding.id() + " (" + finding.kind() + ", " + finding.severity() + ")");
        out.println(indent + "  " + finding.message());
        out.println(indent + "  raised by " + rule(finding.rule()));
        source(finding.rule(), indent + "  ");
        for (Grounds.Ground matched : raised.matched()) {
            if (matched instanceof Grounds.Input) {
                explain(List.of(matched), indent + "  ");
            } else {
                out.println(indent + "  matched finding:");
                explain(List.of(matched), indent + "    ");
            }
        }
        RuleInfo rule = pack.rules().get(finding.rule());
        if (rule != null && !rule.unmatched().isEmpty()) {
            out.println(indent + "  also tested, through not/exists/forall/accumulate (facts a match does not show): "
                    + String.join(", ", rule.unmatchedTypes()));
        }
    }

    /** The rule's source, and each full reference the first time a chain cites it. */
    private void source(String ruleName, String indent) {
        RuleInfo rule = pack.rules().get(ruleName);
        if (rule != null) {
            out.println(indent + "source: " + rule.source());
            for (String key : rule.citations()) {
                if (cited.add(key)) {
                    out.println(indent + "cites:  " + key + " " + pack.manifest().sources().get(key));
                }
            }
        }
    }

    private String rule(String name) {
        RuleInfo rule = pack.rules().get(name);
        return "\"" + name + "\"" + (rule == null ? "" : " (" + Path.of(rule.file()).getFileName() + ")");
    }
}
