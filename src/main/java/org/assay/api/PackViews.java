package org.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.CompileProblem;
import org.assay.engine.Pack;
import org.assay.engine.PackManifest;
import org.assay.engine.PackStatus;
import org.assay.engine.RuleInfo;
import org.assay.facts.FactSchema;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the API shows of packs: a line each in the list, everything an author or client needs in detail. */
final class PackViews {
    private PackViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Summary(String id, String status, String title, String version, Integer rules, List<String> errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Detail(String id, String status, String title, String description, String version,
                  Map<String, String> sources, List<RuleInfo> rules, FactSchema schema,
                  List<PackManifest.Lever> levers, List<String> warnings, List<String> errors) {
    }

    static Summary summary(PackStatus status) {
        if (!status.loaded()) {
            return new Summary(status.id(), "FAILED", null, null, null, lines(status.problems()));
        }
        Pack pack = status.pack();
        return new Summary(pack.id(), "LOADED", pack.manifest().title(), pack.version(), pack.rules().size(), List.of());
    }

    static Detail detail(PackStatus status) {
        if (!status.loaded()) {
            return new Detail(status.id(), "FAILED", null, null, null, Map.of(), List.of(), null, List.of(), List.of(),
                    lines(status.problems()));
        }
        Pack pack = status.pack();
        PackManifest manifest = pack.manifest();
        return new Detail(pack.id(), "LOADED", manifest.title(), manifest.description(), pack.version(), manifest.sources(),
                List.copyOf(pack.rules().values()), pack.schema(), manifest.levers(), lines(pack.warnings()), List.of());
    }

    private static List<String> lines(Collection<CompileProblem> problems) {
        return problems.stream().map(CompileProblem::toString).toList();
    }
}
