package org.assay.bench;

import java.util.List;

/**
 * One point of the synthetic grid: the generated rules and one fact set, and the outcomes the spec
 * says they fire. Each engine is built from a point and checked against it.
 */
class GridPoint {
    final List<SyntheticRules.Rule> rules;
    final List<SyntheticRules.Item> items;
    final List<String> expected;

    GridPoint(int facts, int ruleCount, long seed) {
        rules = SyntheticRules.rules(ruleCount);
        items = SyntheticRules.items(facts, seed);
        expected = SyntheticRules.expected(rules, items);
    }

    /** The fact set the benchmarks time at this point; {@link Agreement} checks others as well. */
    static GridPoint timed(int facts, int rules) {
        return new GridPoint(facts, rules, facts * 1000L + rules);
    }

    String where() {
        return items.size() + " facts x " + rules.size() + " rules";
    }
}
