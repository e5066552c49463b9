package org.assay.engine.loading;

import org.assay.engine.outcome.Finding;
import org.assay.facts.FactRef;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds, in a rule's parsed conditions, the patterns it tests without matching them: those under
 * {@code not}, {@code exists}, {@code forall}, {@code accumulate} and {@code collect}. Facts they test
 * decide whether the rule fires, yet a firing's match never holds them, so an explanation that follows
 * only matches would miss them. A rule that {@code extends} another tests its parent's patterns too.
 */
final class RuleConditions {
    private final DrlOutline outline;
    private final Map<String, FactType> types;

    /** @param types the pack's input fact types by simple name, for the types of the fields a pattern compares */
    RuleConditions(DrlOutline outline, Map<String, FactType> types) {
        this.outline = outline;
        this.types = types;
    }

    /** The patterns, in the order written. */
    List<FactPattern> unmatched(String rule) {
        List<FactPattern> patterns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RuleDescr descr = outline.descr(rule).orElse(null); descr != null && seen.add(descr.getName());
             descr = descr.getParentName() == null ? null : outline.descr(descr.getParentName()).orElse(null)) {
            collect(descr.getLhs(), false, patterns);
        }
        return List.copyOf(patterns);
    }

    private void collect(BaseDescr element, boolean unmatched, List<FactPattern> patterns) {
        if (element instanceof PatternDescr pattern) {
            if (unmatched) {
                patterns.add(pattern(pattern));
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                collect(accumulate.getInput(), true, patterns);
            } else if (pattern.getSource() instanceof CollectDescr collected) {
                collect(collected.getInputPattern(), true, patterns);
            }
            return;
        }
        boolean below = unmatched || element instanceof NotDescr || element instanceof ExistsDescr || element instanceof ForallDescr;
        if (element instanceof ConditionalElementDescr group) {
            for (BaseDescr nested : group.getDescrs()) {
                collect(nested, below, patterns);
            }
        }
    }

    private FactPattern pattern(PatternDescr pattern) {
        String written = pattern.getObjectType();
        String type = written.substring(written.lastIndexOf('.') + 1);
        String text = type + "(" + pattern.getDescrs().stream().map(BaseDescr::getText).collect(Collectors.joining(", ")) + ")";
        return new FactPattern(type, text, ConstraintReader.read(pattern, field -> fieldType(type, field)));
    }

    /** The Java type of a field of an input fact type or of {@link Finding}; null for what is neither. */
    private Class<?> fieldType(String type, String field) {
        FactType declared = types.get(type);
        if (declared != null) {
            FactField declaredField = declared.getField(field);
            return declaredField == null ? null : declaredField.getType();
        }
        if (!FactRef.FINDING.equals(type) || !FactPattern.FINDING_FIELDS.contains(field)) {
            return null;
        }
        try {
            return Finding.class.getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1)).getReturnType();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
