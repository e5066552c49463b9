package org.assay.engine.loading;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A compiled rule as authors and analysts see it: its name, where it is written, and its metadata.
 *
 * @param citations the key of every source its {@code @source} names, in order; the pack's {@code sources} give their references
 * @param unmatched the patterns its conditions test through {@code not}, {@code exists}, {@code forall},
 *                  {@code accumulate} or {@code collect}: facts they test decide whether it fires but never
 *                  appear among the facts it matched
 */
public record RuleInfo(String name, String file, String dimension, String source, List<String> citations, Map<String, Object> metadata,
                       @JsonIgnore List<FactPattern> unmatched) {

    /** The fact types of those patterns, each once, in the order written. */
    @JsonProperty("unmatchedTypes")
    public List<String> unmatchedTypes() {
        return unmatched.stream().map(FactPattern::type).distinct().toList();
    }
}
