package org.assay.engine.loading;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One question a pack answers, with its own ordered levels: bih-nato rates accession readiness and the
 * security situation apart, so that a change to one never passes for a change to the other.
 *
 * @param levels the levels, worst first
 */
public record RatingScale(String id, String title, @Schema(nullable = true) String description, List<String> levels) {

    public RatingScale {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The level's place, 0 for the worst, or -1 when the scale has no such level. */
    public int rank(String level) {
        return levels.indexOf(level);
    }

    public boolean has(String level) {
        return levels.contains(level);
    }

    /** Whether {@code level} is at least as good as {@code floor}; both must be levels of this scale. */
    public boolean atLeast(String level, String floor) {
        return rank(level) >= rank(floor);
    }

    /** The rating an evaluation comes to: the worst level any rule reached, or none when none was reached. */
    public Optional<String> worst(Collection<String> reached) {
        return reached.stream().min((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    /** The level just above {@code level}, or empty at the top. */
    public Optional<String> above(String level) {
        int rank = rank(level);
        return rank < 0 || rank + 1 >= levels.size() ? Optional.empty() : Optional.of(levels.get(rank + 1));
    }
}
