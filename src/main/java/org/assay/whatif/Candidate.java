package org.assay.whatif;

import org.assay.facts.FieldPath;

import java.util.List;

/**
 * A lever a counterfactual may pull: its path, title, cost (and the pack's reason for it), base value,
 * and the values it may take instead of the base value.
 */
record Candidate(FieldPath path, String title, double cost, String costSource, String costNote, Object baseValue,
                 List<Object> alternatives) {
}
