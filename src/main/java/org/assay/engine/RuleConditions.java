package org.assay.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Forall;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the fact types a rule tests without matching them: the patterns under {@code not},
 * {@code exists}, {@code forall}, {@code accumulate} and {@code collect}. Facts of those types
 * decide whether the rule fires, yet a firing's match never holds them, so an explanation that
 * follows only matches would miss them.
 */
final class RuleConditions {
    private RuleConditions() {
    }

    /** The simple names of those types (a declared fact type, or {@code Finding}), in the order written. */
    static List<String> unmatchedTypes(RuleImpl rule) {
        Set<String> types = new LinkedHashSet<>();
        collect(rule.getLhs(), false, types);
        return List.copyOf(types);
    }

    private static void collect(RuleConditionElement element, boolean unmatched, Set<String> types) {
        if (unmatched && element instanceof Pattern pattern) {
            String className = pattern.getObjectType().getClassName();
            types.add(className.substring(className.lastIndexOf('.') + 1));
        }
        boolean below = unmatched || element instanceof Accumulate || element instanceof Collect || element instanceof Forall
                || element instanceof GroupElement group && (group.isNot() || group.isExists());
        for (RuleConditionElement nested : element.getNestedElements()) {
            collect(nested, below, types);
        }
    }
}
