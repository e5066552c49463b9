package org.assay.tester;

import org.assay.engine.Pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much of a pack its tests reach: the rules that fired in no test (from each assessment's trace),
 * and the measures some test's assessment recommends but no test names in {@code expect} or {@code absent}.
 * With every rule fired, the measures recommended are every measure a rule can recommend.
 *
 * @param percent rules fired as a share of all rules, rounded down to a tenth so that 100 means all
 */
public record Coverage(int rules, int rulesFired, double percent, List<Rule> neverFired,
                       List<String> measuresRecommended, List<String> measuresUnchecked) {

    /** A rule by name and the file it is written in, by name: a pack's DRL files all sit in its folder. */
    public record Rule(String name, String file) {
    }

    public static Coverage of(Pack pack, List<PackTest> tests, List<PackTestResult> results) {
        Set<String> fired = results.stream().flatMap(r -> r.rulesFired().stream()).collect(Collectors.toSet());
        List<Rule> neverFired = pack.rules().values().stream().filter(rule -> !fired.contains(rule.name()))
                .map(rule -> new Rule(rule.name(), Path.of(rule.file()).getFileName().toString())).toList();
        Set<String> recommended = new TreeSet<>();
        results.stream().filter(r -> r.actual() != null).forEach(r -> recommended.addAll(r.actual().measures()));
        Set<String> checked = new TreeSet<>();
        for (PackTest test : tests) {
            for (PackTest.Outcome outcome : new PackTest.Outcome[] {test.expect(), test.absent()}) {
                if (outcome != null) {
                    checked.addAll(outcome.measures());
                }
            }
        }
        int total = pack.rules().size();
        int firedCount = total - neverFired.size();
        double percent = total == 0 ? 100.0 : Math.floor(firedCount * 1000.0 / total) / 10;
        return new Coverage(total, firedCount, percent, neverFired, List.copyOf(recommended),
                recommended.stream().filter(m -> !checked.contains(m)).toList());
    }

    /** A few lines for a terminal: the rule share, then each rule never fired and each measure never checked. */
    public String report() {
        StringBuilder text = new StringBuilder("coverage: ").append(rulesFired).append(" of ").append(rules)
                .append(" rules fired (").append(percent == Math.floor(percent) ? String.valueOf((int) percent) : String.valueOf(percent))
                .append("%); ")
                .append(measuresRecommended.size() - measuresUnchecked.size()).append(" of ").append(measuresRecommended.size())
                .append(" measures recommended are checked by a test");
        neverFired.forEach(rule -> text.append("\n  never fired: \"").append(rule.name()).append("\" (").append(rule.file()).append(')'));
        measuresUnchecked.forEach(m -> text.append("\n  never checked: measure ").append(m));
        return text.toString();
    }
}
