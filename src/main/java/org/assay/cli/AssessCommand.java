package org.assay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.assay.engine.evaluation.Assessment;
import org.assay.engine.Pack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code assess PACK_DIR FACTS_JSON [--json]}: one assessment, as a readable report or as the service's JSON. */
@Command(name = "assess", description = "Assess a request body (facts, or baseline/scenario/snapshot with changes) with a pack"
        + " and print every rating, the findings and measures, and the sources they cite. Exit 1 when the facts cannot be assessed.")
final class AssessCommand extends PackCommand {

    @Parameters(index = "1", paramLabel = "FACTS_JSON", description = "an assessment request body, e.g. {\"baseline\": true, \"changes\": {...}}")
    Path facts;

    @Option(names = "--json", description = "print the assessment as the REST API returns it")
    boolean json;

    @Override
    int run(Pack pack) throws IOException {
        PrintWriter out = out();
        JsonNode request = PackFolder.read(spec, facts, err());
        Assessment assessment = request == null ? null : PackFolder.assess(pack, request, err());
        if (assessment == null) {
            return 1;
        }
        if (json) {
            out.println(PackFolder.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(assessment));
        } else {
            print(out, assessment);
        }
        return 0;
    }

    private static void print(PrintWriter out, Assessment a) {
        if (a.ratings().size() == 1) {
            out.println(a.pack() + " " + a.packVersion() + ": " + a.verdict());
            a.verdictReasons().forEach(r -> out.println("  " + r.rule() + ": " + r.reason()));
        } else {
            out.println(a.pack() + " " + a.packVersion());
            a.ratings().forEach((id, rated) -> {
                out.println("  " + rated.title() + " (" + id + "): " + rated.level());
                rated.reasons().forEach(r -> out.println("    " + r.rule() + ": " + r.reason()));
            });
        }
        out.println();
        out.println(a.findings().size() + " findings");
        for (Assessment.AssessedFinding f : a.findings()) {
            out.printf("  %-8s %-8s %s%s%n", f.kind(), f.severity(), f.id(), a.ratings().size() == 1 || f.rating() == null ? "" : " [" + f.rating() + "]");
            out.println("      " + f.message());
            out.println("      rule \"" + f.rule() + "\"; source " + f.source());
        }
        out.println();
        out.println(a.recommendations().size() + " measures");
        for (Assessment.AssessedRecommendation r : a.recommendations()) {
            out.printf("  %-8s %s, for %s%n", r.priority(), r.measure(), String.join(", ", r.findings()));
            out.println("      " + r.rationale());
        }
        out.println();
        out.println(a.sources().size() + " sources cited");
        a.sources().forEach((key, reference) -> out.println("  " + key + " " + reference));
        out.println();
        out.println(a.timing().firings() + " rule firings in " + a.timing().evaluateMicros() + " µs");
    }
}
