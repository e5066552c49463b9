package org.assay.bench;

import java.util.List;

/** The one comparison every engine's outcomes go through before any engine is timed. */
final class Outcomes {
    private Outcomes() {
    }

    /** Fails loudly when an engine fires other outcomes than the spec, so a wrong engine is never timed. */
    static void require(String engine, String where, List<String> expected, List<String> fired) {
        List<String> actual = fired.stream().sorted().toList();
        if (!expected.equals(actual)) {
            throw new IllegalStateException(engine + " fires other outcomes than the spec on " + where + ": expected "
                    + expected.size() + ", got " + actual.size() + "; missing " + firstNotIn(expected, actual)
                    + ", extra " + firstNotIn(actual, expected));
        }
    }

    private static List<String> firstNotIn(List<String> these, List<String> those) {
        return these.stream().filter(o -> !those.contains(o)).limit(5).toList();
    }
}
