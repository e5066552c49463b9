package org.assay.engine.loading;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name closest to a misspelt one, for "did you mean" hints: a few edits away at most. */
final class NearestName {
    private NearestName() {
    }

    static Optional<String> to(String wrong, Collection<String> known) {
        int allowed = Math.max(2, wrong.length() / 3);
        return known.stream()
                .filter(name -> !name.equals(wrong))
                .min(Comparator.comparingInt((String name) -> distance(wrong.toLowerCase(), name.toLowerCase())).thenComparing(name -> name))
                .filter(name -> distance(wrong.toLowerCase(), name.toLowerCase()) <= allowed);
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
