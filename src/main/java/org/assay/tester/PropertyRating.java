package org.assay.tester;

import org.assay.engine.loading.RatingScale;
import org.assay.engine.loading.Ratings;

import java.util.List;

/**
 * The rating a property is about (the one it names, or the headline) and, when the pack has no such rating or the
 * rating no such levels, why the property cannot be checked. Every kind that names a rating reads it here.
 *
 * @param fault null when the rating and levels are the pack's
 */
record PropertyRating(RatingScale scale, String fault) {

    static PropertyRating of(Ratings ratings, String rating, List<String> levels) {
        String id = rating == null ? ratings.headline().id() : rating;
        RatingScale scale = ratings.scale(id).orElse(null);
        if (scale == null) {
            return new PropertyRating(null, "no rating \"" + id + "\"; the pack rates " + ratings.ids());
        }
        List<String> unknown = levels == null ? List.of() : levels.stream().filter(level -> !scale.has(level)).toList();
        if (!unknown.isEmpty()) {
            return new PropertyRating(scale, unknown + " are not levels of rating \"" + id + "\", which has " + scale.levels());
        }
        return new PropertyRating(scale, null);
    }
}
