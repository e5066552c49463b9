package org.assay.tester;

import java.util.List;
import java.util.Set;

/**
 * How one pack test went: passed, or each difference between what it expects and what the pack
 * concluded; what the pack concluded ({@code actual}, null when it could not assess the facts) and
 * which rules fired on the way, for coverage.
 */
public record PackTestResult(String pack, String test, String note, List<String> differences, PackTest.Outcome actual,
                             Set<String> rulesFired) {

    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line naming the pack and the test, then one line per difference. */
    public String report() {
        return pack + " / " + test + ": " + (passed() ? "PASS" : "FAIL\n  - " + String.join("\n  - ", differences));
    }
}
