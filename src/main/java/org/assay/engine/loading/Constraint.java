package org.assay.engine.loading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A pattern's constraints as far as they can be judged on a fact's field values without running them:
 * comparisons of a field with a literal, joined by {@code &&}, {@code ||} and {@code !}. Anything else
 * (bound variables, calls, nested fields, other operators) is {@link Unknown}, so a judgement is only
 * ever FALSE when the constraints surely reject the fact.
 */
sealed interface Constraint {

    enum Truth {
        TRUE, FALSE, UNKNOWN;

        Truth and(Truth other) {
            return this == FALSE || other == FALSE ? FALSE : this == TRUE && other == TRUE ? TRUE : UNKNOWN;
        }

        Truth or(Truth other) {
            return this == TRUE || other == TRUE ? TRUE : this == FALSE && other == FALSE ? FALSE : UNKNOWN;
        }

        Truth not() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
        }

        static Truth of(boolean holds) {
            return holds ? TRUE : FALSE;
        }
    }

    /** @param fields the fact's values by field name; a field it lacks is null, as in the fact the rules see */
    Truth on(Map<String, Object> fields);

    /** A constraint that cannot be judged without running it. */
    record Unknown() implements Constraint {
        @Override
        public Truth on(Map<String, Object> fields) {
            return Truth.UNKNOWN;
        }
    }

    /** What restricts nothing, such as a binding {@code $id : id}. */
    record Always() implements Constraint {
        @Override
        public Truth on(Map<String, Object> fields) {
            return Truth.TRUE;
        }
    }

    /** Parts joined by {@code &&} ({@code all}) or by {@code ||}. */
    record Joined(List<Constraint> parts, boolean all) implements Constraint {
        @Override
        public Truth on(Map<String, Object> fields) {
            Truth truth = Truth.of(all);
            for (Constraint part : parts) {
                truth = all ? truth.and(part.on(fields)) : truth.or(part.on(fields));
            }
            return truth;
        }
    }

    record Not(Constraint negated) implements Constraint {
        @Override
        public Truth on(Map<String, Object> fields) {
            return negated.on(fields).not();
        }
    }

    /**
     * {@code field operator literal}, with Drools' meaning: {@code ==} and {@code !=} are null-safe, an
     * ordering of a null field is left unknown.
     *
     * @param literal a String (also an enum constant's name), a BigDecimal, a Boolean, or null
     */
    record Compare(String field, String operator, Object literal) implements Constraint {
        @Override
        public Truth on(Map<String, Object> fields) {
            Object value = plain(fields.get(field));
            return switch (operator) {
                case "==" -> same(value);
                case "!=" -> same(value).not();
                default -> order(value);
            };
        }

        private Truth same(Object value) {
            if (value == null || literal == null) {
                return Truth.of(value == literal);
            }
            if (value instanceof BigDecimal a && literal instanceof BigDecimal b) {
                return Truth.of(a.compareTo(b) == 0);
            }
            // Drools coerces across types ("10" == 10); a comparison it would coerce is not judged here.
            return value.getClass() == literal.getClass() ? Truth.of(value.equals(literal)) : Truth.UNKNOWN;
        }

        private Truth order(Object value) {
            if (!(value instanceof BigDecimal a) || !(literal instanceof BigDecimal b)) {
                return Truth.UNKNOWN;
            }
            int c = a.compareTo(b);
            return switch (operator) {
                case "<" -> Truth.of(c < 0);
                case "<=" -> Truth.of(c <= 0);
                case ">" -> Truth.of(c > 0);
                case ">=" -> Truth.of(c >= 0);
                default -> Truth.UNKNOWN;
            };
        }

        /** Numbers as BigDecimal, enum constants and characters as text: the forms literals are read into. */
        private static Object plain(Object value) {
            if (value instanceof Number n) {
                try {
                    return new BigDecimal(n.toString());
                } catch (NumberFormatException e) {
                    return n; // NaN or infinite: no literal compares with it here
                }
            }
            if (value instanceof Enum<?> e) {
                return e.name();
            }
            return value instanceof Character c ? c.toString() : value;
        }
    }
}
