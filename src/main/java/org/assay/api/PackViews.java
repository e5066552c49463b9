package org.assay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.engine.Pack;
import org.assay.engine.loading.AnalysisSettings;
import org.assay.engine.loading.CompileProblem;
import org.assay.engine.loading.PackManifest;
import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.RuleInfo;
import org.assay.engine.serving.PackStatus;
import org.assay.engine.serving.ReloadOutcome;
import org.assay.facts.FactSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the API shows of packs: a line each in the list, everything an author or client needs in
 * detail, and a reload's outcome. {@code status} is LOADED, DEGRADED (an older version serves, the
 * newest files fail: {@code errors} says why) or FAILED (nothing serves); {@code version} is the
 * version that serves; {@code ratings} are the questions it rates, each with its levels worst first (the first is the
 * headline, an assessment's {@code verdict}); {@code vocabulary} names the finding kinds, the headline's levels and the
 * priorities its assessments use; {@code analysis} is how the what-if tools read the pack, defaults filled in.
 */
final class PackViews {
    private PackViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(requiredProperties = {"id", "status"}, name = "PackSummary")
    record Summary(String id, PackStatus.State status, String title, String version, Integer rules, List<String> errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(requiredProperties = {"id", "status"}, name = "PackDetail")
    record Detail(String id, PackStatus.State status, String title, String description, String version,
                  List<RatingScale> ratings, List<SnapshotView> snapshots, Map<String, String> sources, List<RuleInfo> rules, FactSchema schema,
                  Vocabulary vocabulary,
                  List<PackManifest.Lever> levers, AnalysisSettings analysis, List<String> warnings, List<String> errors, Instant failedAt) {
    }

    /** A dated snapshot a request may start from, as {@code {"snapshot": "2026-12-01"}}. */
    record SnapshotView(String date, String title, String covers) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(requiredProperties = {"pack", "status", "rules", "millis"}, name = "PackReloaded")
    record Reloaded(String pack, PackStatus.State status, String version, String previousVersion, int rules, long millis, List<String> warnings) {
    }

    static Summary summary(PackStatus status) {
        Pack pack = status.pack();
        if (pack == null) {
            return new Summary(status.id(), status.state(), null, null, null, lines(status.problems()));
        }
        return new Summary(pack.id(), status.state(), pack.manifest().title(), pack.version(), pack.rules().size(),
                lines(status.problems()));
    }

    static Detail detail(PackStatus status) {
        Pack pack = status.pack();
        if (pack == null) {
            return new Detail(status.id(), status.state(), null, null, null, List.of(), List.of(), Map.of(), List.of(), null, null, List.of(), null,
                    List.of(), lines(status.problems()), status.failedAt());
        }
        PackManifest manifest = pack.manifest();
        return new Detail(pack.id(), status.state(), manifest.title(), manifest.description(), pack.version(),
                pack.ratings().scales(), pack.snapshots().values().stream().map(s -> new SnapshotView(s.date(), s.title(), s.covers())).toList(),
                manifest.sources(), List.copyOf(pack.rules().values()), pack.schema(), Vocabulary.of(pack),
                manifest.levers(), manifest.analysis(),
                lines(pack.warnings()), lines(status.problems()), status.failedAt());
    }

    static Reloaded reloaded(ReloadOutcome outcome) {
        Pack pack = outcome.status().pack();
        return new Reloaded(pack.id(), outcome.status().state(), pack.version(), outcome.previousVersion(), pack.rules().size(),
                outcome.millis(), lines(pack.warnings()));
    }

    private static List<String> lines(Collection<CompileProblem> problems) {
        return problems.stream().map(CompileProblem::toString).toList();
    }
}
