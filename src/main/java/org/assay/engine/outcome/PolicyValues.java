package org.assay.engine.outcome;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The largest collection policy code may make, counted as hashing or printing it would count: every
 * element, and the elements of the collections inside it, each time they occur. A collection can
 * share itself ({@code List.of(l, l)} forty deep), so its count is computed once per distinct part.
 * The sandbox calls {@link #bounded} on every collection an untrusted pack's code makes.
 */
public final class PolicyValues {
    static final long LARGEST = 100_000;

    private PolicyValues() {
    }

    public static Object bounded(Object value) {
        long elements = count(value, new IdentityHashMap<>());
        if (elements > LARGEST) {
            throw new IllegalArgumentException("the pack's code made a collection of " + elements + " elements, counting those of the"
                    + " collections inside it; policy code's collections hold at most " + LARGEST);
        }
        return value;
    }

    private static long count(Object value, Map<Object, Long> counted) {
        if (!(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)) {
            return 1;
        }
        Long known = counted.get(value);
        if (known != null) {
            return known;
        }
        counted.put(value, LARGEST + 1); // a collection that contains itself is too large however it is counted
        long total = 0;
        Iterable<?> parts = value instanceof Map<?, ?> map ? map.entrySet() : (Collection<?>) value;
        for (Object part : parts) {
            total += part instanceof Map.Entry<?, ?> entry ? count(entry.getKey(), counted) + count(entry.getValue(), counted) : count(part, counted);
            if (total > LARGEST) {
                break;
            }
        }
        counted.put(value, total);
        return total;
    }
}
