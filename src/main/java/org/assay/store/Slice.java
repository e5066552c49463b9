package org.assay.store;

import java.util.List;
import java.util.function.Function;

/** One page of a newest-first listing, and how many items match in all. */
public record Slice<T>(List<T> items, long total, int limit, int offset) {

    <U> Slice<U> map(Function<T, U> each) {
        return new Slice<>(items.stream().map(each).toList(), total, limit, offset);
    }
}
