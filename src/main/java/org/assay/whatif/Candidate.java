package org.assay.whatif;

import org.assay.facts.FieldPath;

import java.util.List;

/**
 * A lever a counterfactual may pull: its path, title, cost, base value, and the values it may
 * take instead of the base value.
 */
record Candidate(FieldPath path, String title, double cost, Object baseValue, List<Object> alternatives) {
}
