package org.assay.work;

import java.util.function.Function;

/**
 * Work read and resolved but not yet done, with its estimated size, so that {@link WorkPools#run}
 * can decide where it runs before it starts.
 *
 * @param facts    fact instances the work assesses
 * @param variants assessments of those facts it makes (one, two for a comparison, more for fragility)
 * @param work     the rest of the work, which stops by the deadline it is given
 */
public record Sized<T>(long facts, long variants, Function<Deadline, T> work) {

    /** Work already done, as an answer found in a cache is. */
    public static <T> Sized<T> done(T result) {
        return new Sized<>(0, 0, deadline -> result);
    }
}
