package org.assay.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic rules hand-written in Java and indexed: rules bucketed by category and sorted by
 * threshold, so an item reaches exactly the rules it fires. No engine can do less work; this is the
 * floor the others are measured against.
 */
public final class IndexedPeer {
    private record Bucket(int[] thresholds, String[] ids) {
    }

    private final Map<String, Bucket> byCategory = new HashMap<>();

    public IndexedPeer(List<SyntheticRules.Rule> spec) {
        Map<String, List<SyntheticRules.Rule>> grouped = new HashMap<>();
        spec.forEach(r -> grouped.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
        grouped.forEach((category, rules) -> {
            rules.sort(Comparator.comparingInt(SyntheticRules.Rule::threshold));
            byCategory.put(category, new Bucket(rules.stream().mapToInt(SyntheticRules.Rule::threshold).toArray(),
                    rules.stream().map(SyntheticRules.Rule::id).toArray(String[]::new)));
        });
    }

    public List<String> fire(List<SyntheticRules.Item> items) {
        List<String> hits = new ArrayList<>();
        for (SyntheticRules.Item item : items) {
            Bucket bucket = byCategory.get(item.getCategory());
            if (bucket == null) {
                continue;
            }
            // Thresholds ascend, so the rules an item passes are a prefix of its bucket.
            for (int i = 0; i < bucket.thresholds().length && bucket.thresholds()[i] < item.getA(); i++) {
                hits.add(SyntheticRules.outcome(bucket.ids()[i], item.getId()));
            }
        }
        return hits;
    }
}
