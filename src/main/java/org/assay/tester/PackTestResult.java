package org.assay.tester;

import java.util.List;

/** How one pack test went: passed, or each difference between what it expects and what the pack concluded. */
public record PackTestResult(String pack, String test, String note, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }

    /** One line naming the pack and the test, then one line per difference. */
    public String report() {
        return pack + " / " + test + ": " + (passed() ? "PASS" : "FAIL\n  - " + String.join("\n  - ", differences));
    }
}
