package org.assay.engine.loading;

import org.assay.engine.evaluation.Assessment;

import org.assay.facts.FactRef;
import org.assay.facts.FactSet;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pattern a rule tests without matching it, under {@code not}, {@code exists}, {@code forall},
 * {@code accumulate} or {@code collect}: the facts of its type decide whether the rule fires, yet never
 * show among the facts the rule matched. It says which facts could satisfy it, judging its constraints on
 * their values; where a constraint cannot be judged without running it, any fact of the type could.
 */
public final class FactPattern {
    /** The fields of a finding a pattern can judge: those {@link #mayMatch(Assessment.AssessedFinding)} reads. */
    static final Set<String> FINDING_FIELDS = Set.of("id", "kind", "severity", "message");

    private final String type;
    private final String text;
    private final Constraint constraint;

    FactPattern(String type, String text, Constraint constraint) {
        this.type = type;
        this.text = text;
        this.constraint = constraint;
    }

    /** The simple name of the type it tests: a declared fact type, or {@link FactRef#FINDING}. */
    public String type() {
        return type;
    }

    public boolean testsFindings() {
        return FactRef.FINDING.equals(type);
    }

    /** Whether this input fact, as it is, could satisfy the pattern; an absent fact (null) cannot. */
    public boolean mayMatch(FactSet.Instance fact) {
        if (fact == null || !fact.type().equals(type)) {
            return false;
        }
        Map<String, Object> fields = new HashMap<>(fact.values());
        fields.put(SchemaReader.ID_FIELD, fact.id());
        return constraint.on(fields) != Constraint.Truth.FALSE;
    }

    /** Whether this finding, as raised, could satisfy the pattern; an absent finding (null) cannot. */
    public boolean mayMatch(Assessment.AssessedFinding finding) {
        if (finding == null || !testsFindings()) {
            return false;
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put("id", finding.id());
        fields.put("kind", finding.kind());
        fields.put("severity", finding.severity());
        fields.put("message", finding.message());
        return constraint.on(fields) != Constraint.Truth.FALSE;
    }

    /** The pattern as written, such as {@code Finding(kind == FindingKind.BLOCKER)}. */
    @Override
    public String toString() {
        return text;
    }
}
