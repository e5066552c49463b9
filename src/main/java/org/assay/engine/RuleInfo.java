package org.assay.engine;

import java.util.List;
import java.util.Map;

/**
 * A compiled rule as authors and analysts see it: its name, where it is written, and its metadata.
 *
 * @param unmatchedTypes the fact types its conditions test through {@code not}, {@code exists},
 *                       {@code forall}, {@code accumulate} or {@code collect}: facts of these types
 *                       decide whether it fires but never appear among the facts it matched
 */
public record RuleInfo(String name, String file, String dimension, String source, String citation, Map<String, Object> metadata,
                       List<String> unmatchedTypes) {
}
