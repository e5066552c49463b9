package org.assay.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What replaying logged inputs against the pack version serving now showed: how many were replayed
 * (the newest {@code replayed} of {@code matched}), and each whose ratings or measures would now
 * differ, old against new; inputs that no longer fit the pack, or that the rules could not finish,
 * are listed as failures.
 */
public record ReplayReport(String pack, String packVersion, long matched, int replayed, int changed, int unchanged,
                           int failed, List<Change> changes, List<Failure> failures) {

    /**
     * A verdict, every rating's level and the measures recommended with them, in id order.
     *
     * @param ratings null for an entry logged before the log kept every rating
     */
    @Schema(requiredProperties = {"verdict", "measures"}, name = "ReplayOutcome")
    public record Outcome(String verdict, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> ratings, List<String> measures) {

        /** Whether the outcome now differs from this one as logged; an entry without ratings is judged by its verdict. */
        boolean differsFrom(Outcome now) {
            return !verdict.equals(now.verdict()) || !measures.equals(now.measures())
                    || ratings != null && !ratings.equals(now.ratings());
        }
    }

    /**
     * A logged assessment whose outcome the current version changes.
     *
     * @param id the assessment's id; null for an entry logged before assessments had ids
     */
    @Schema(name = "ReplayChange")
    public record Change(@Schema(nullable = true, format = "uuid") String id, Instant assessedAt, String packVersion, String inputHash, Outcome before, Outcome after,
                         List<String> measuresAdded, List<String> measuresRemoved) {
    }

    /** A logged assessment that could not be replayed, and why; {@code id} as for a {@link Change}. */
    public record Failure(@Schema(nullable = true, format = "uuid") String id, Instant assessedAt, String inputHash, String reason) {
    }
}
