package org.assay.store;

import java.time.Instant;
import java.util.List;

/**
 * What replaying logged inputs against the pack version serving now showed: how many were replayed
 * (the newest {@code replayed} of {@code matched}), and each whose verdict or measures would now
 * differ, old against new; inputs that no longer fit the pack, or that the rules could not finish,
 * are listed as failures.
 */
public record ReplayReport(String pack, String packVersion, long matched, int replayed, int changed, int unchanged,
                           int failed, List<Change> changes, List<Failure> failures) {

    /** A verdict and the measures recommended with it, in id order. */
    public record Outcome(String verdict, List<String> measures) {
    }

    /** A logged assessment whose outcome the current version changes. */
    public record Change(long id, Instant assessedAt, String packVersion, String inputHash, Outcome before, Outcome after,
                         List<String> measuresAdded, List<String> measuresRemoved) {
    }

    /** A logged assessment that could not be replayed, and why. */
    public record Failure(long id, Instant assessedAt, String inputHash, String reason) {
    }
}
