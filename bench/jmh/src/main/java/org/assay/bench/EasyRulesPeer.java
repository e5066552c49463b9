package org.assay.bench;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic rules as Easy Rules MVEL rules. Easy Rules matches no patterns across facts: a
 * rule's condition reads the facts by name, so each item is fired against every rule in turn, the
 * way Easy Rules is meant to be used.
 */
public final class EasyRulesPeer {
    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();

    public EasyRulesPeer(List<SyntheticRules.Rule> spec) {
        for (int i = 0; i < spec.size(); i++) {
            SyntheticRules.Rule rule = spec.get(i);
            rules.register(new MVELRule()
                    .name(rule.id())
                    .priority(i)
                    .when("item.a > " + rule.threshold() + " && item.category == \"" + rule.category() + "\"")
                    .then("hits.add(\"" + rule.id() + ":\" + item.id)"));
        }
    }

    /** The outcomes, in firing order. */
    public List<String> fire(List<SyntheticRules.Item> items) {
        List<String> hits = new ArrayList<>();
        Facts facts = new Facts();
        facts.put("hits", hits);
        for (SyntheticRules.Item item : items) {
            facts.put("item", item);
            engine.fire(rules, facts);
        }
        return hits;
    }
}
