package org.assay.tester;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.assay.facts.FieldPath;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a property held over every variant the search visited, and if not, the first
 * counterexample: the base, the lever values that break it, and what the pack concluded there.
 *
 * @param variants how many variants the check looked at
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"name", "kind", "passed", "variants"})
public record PropertyResult(String name, String kind, String note, boolean passed, String detail,
                             Counterexample counterexample, long variants) {

    /** Lever values as {@code path -> value}; none means the base itself. */
    public record Counterexample(String base, Map<String, Object> values, String seen) {

        static Counterexample at(LeverSpace.Variant variant, String seen) {
            return at(variant.base(), variant.values(), seen);
        }

        static Counterexample at(LeverSpace.Base base, Map<FieldPath, Object> values, String seen) {
            Map<String, Object> named = new LinkedHashMap<>();
            values.forEach((path, value) -> named.put(path.toString(), value));
            return new Counterexample(base.name(), named, seen);
        }

        /** One line: where, with which values, and what was seen. */
        public String describe() {
            return where() + ": " + seen;
        }

        /** The base and the lever values, as {@code from baseline with Type.id.field=value, ...}. */
        public String where() {
            StringBuilder text = new StringBuilder("from ").append(base);
            if (!values.isEmpty()) {
                text.append(" with ");
                values.forEach((path, value) -> text.append(path).append('=').append(value).append(", "));
                text.setLength(text.length() - 2);
            }
            return text.toString();
        }
    }

    static PropertyResult held(Property property, long variants, String detail) {
        return new PropertyResult(property.name(), property.kind(), property.note(), true, detail, null, variants);
    }

    static PropertyResult broken(Property property, long variants, String detail, Counterexample counterexample) {
        return new PropertyResult(property.name(), property.kind(), property.note(), false, detail, counterexample, variants);
    }

    /** The property cannot be checked as written: a lever, base or value it names does not exist. */
    static PropertyResult invalid(String name, String kind, String note, String problem) {
        return new PropertyResult(name, kind, note, false, problem, null, 0);
    }

    /** One line for a terminal: PASS or FAIL, the name, and why. */
    public String report() {
        return (passed ? "PASS " : "FAIL ") + name + " (" + kind + "): " + detail
                + (counterexample == null ? "" : "\n  counterexample " + counterexample.describe());
    }
}
