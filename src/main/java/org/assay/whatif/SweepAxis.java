package org.assay.whatif;

import org.assay.facts.FieldPath;

import java.math.BigDecimal;
import java.util.List;

/**
 * One lever a sweep moves: a field path and its values, computed by index so that a million-value
 * range costs no memory.
 */
public final class SweepAxis {
    private final FieldPath path;
    private final int size;
    private final List<Object> values;
    private final BigDecimal from;
    private final BigDecimal step;
    private final boolean integral;

    private SweepAxis(FieldPath path, int size, List<Object> values, BigDecimal from, BigDecimal step, boolean integral) {
        this.path = path;
        this.size = size;
        this.values = values;
        this.from = from;
        this.step = step;
        this.integral = integral;
    }

    static SweepAxis listed(FieldPath path, List<Object> values) {
        return new SweepAxis(path, values.size(), List.copyOf(values), null, null, false);
    }

    /** from, from + step, ... up to and including {@code to} when a whole number of steps reaches it. */
    static SweepAxis ranged(FieldPath path, BigDecimal from, BigDecimal to, BigDecimal step, boolean integral, int size) {
        return new SweepAxis(path, size, null, from, step, integral);
    }

    /** How many values a range from, to, step has: whole steps only, so {@code to} is never overshot. */
    static BigDecimal count(BigDecimal from, BigDecimal to, BigDecimal step) {
        return to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
    }

    public FieldPath path() {
        return path;
    }

    public int size() {
        return size;
    }

    /** The value at an index, as the field needs it: Integer, Double, Boolean or String. */
    public Object value(int index) {
        if (values != null) {
            return values.get(index);
        }
        BigDecimal value = from.add(step.multiply(BigDecimal.valueOf(index)));
        return integral ? (Object) value.intValueExact() : (Object) value.doubleValue();
    }
}
