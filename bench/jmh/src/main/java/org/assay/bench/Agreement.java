package org.assay.bench;

/**
 * Checks, before anything is timed, that Assay, Easy Rules and the hand-written evaluator fire
 * exactly the outcomes the spec says at every grid point, on several generated fact sets each (the
 * timed one first). Exits 1 on the first difference, naming it.
 */
public final class Agreement {
    private static final int[] FACTS = {20, 100, 200};
    private static final int[] RULES = {30, 100, 300};
    private static final int SEEDS = 3;

    private Agreement() {
    }

    public static void main(String[] args) {
        ServiceLogging.apply();
        int sets = 0;
        long outcomes = 0;
        try (ServiceEvaluator service = new ServiceEvaluator()) {
            for (int rules : RULES) {
                AssayPeer assay = new AssayPeer(SyntheticRules.rules(rules));
                EasyRulesPeer easyRules = new EasyRulesPeer(SyntheticRules.rules(rules));
                IndexedPeer indexed = new IndexedPeer(SyntheticRules.rules(rules));
                for (int facts : FACTS) {
                    for (int seed = 0; seed < SEEDS; seed++) {
                        GridPoint point = new GridPoint(facts, rules, facts * 1000L + rules + seed * 7919L);
                        Outcomes.require("Assay", point.where(), point.expected,
                                AssayPeer.fired(assay.assess(service.evaluator, assay.factSet(point.items))));
                        Outcomes.require("Easy Rules", point.where(), point.expected, easyRules.fire(point.items));
                        Outcomes.require("hand-written", point.where(), point.expected, indexed.fire(point.items));
                        sets++;
                        outcomes += point.expected.size();
                    }
                }
            }
        } catch (IllegalStateException e) {
            System.err.println("DISAGREEMENT: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("agreement: Assay, Easy Rules and the hand-written evaluator fire the same %d outcomes on %d fact sets%n",
                outcomes, sets);
    }
}
