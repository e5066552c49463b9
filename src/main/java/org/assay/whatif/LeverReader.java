package org.assay.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.assay.engine.Pack;
import org.assay.engine.loading.PackManifest;
import org.assay.facts.FactSet;
import org.assay.facts.FieldKind;
import org.assay.facts.FieldPath;
import org.assay.facts.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the levers a request moves: {@code {"path", "from", "to", "step"}}, {@code {"path", "values"}},
 * or just {@code {"path"}} for a lever the pack's {@code pack.yaml} declares, whose range or values
 * are then used. Every fault becomes a violation at the lever's place in the request.
 */
final class LeverReader {
    private static final Set<String> MEMBERS = Set.of("path", "from", "to", "step", "values");
    private static final ObjectMapper YAML_VALUES = new ObjectMapper();

    private final Pack pack;
    private final FactSet base;

    LeverReader(Pack pack, FactSet base) {
        this.pack = pack;
        this.base = base;
    }

    /** The axis, or null after adding violations. */
    SweepAxis read(JsonNode lever, String where, List<Violation> violations) {
        if (lever == null || !lever.isObject()) {
            violations.add(new Violation(where, "expected an object with \"path\" and \"from\", \"to\", \"step\" or \"values\""));
            return null;
        }
        lever.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                violations.add(new Violation(where + "." + name, "unknown member; a lever has path, from, to, step or values"));
            }
        });
        FieldPath path = path(lever.get("path"), where + ".path", violations);
        if (path == null) {
            return null;
        }
        boolean ranged = lever.has("from") || lever.has("to") || lever.has("step");
        if (lever.has("values") && ranged) {
            violations.add(new Violation(where, "give either \"values\" or \"from\", \"to\" and \"step\", not both"));
            return null;
        }
        if (lever.has("values")) {
            return listed(path, lever.get("values"), where + ".values", violations);
        }
        if (ranged) {
            return ranged(path, lever, where, violations);
        }
        return declared(path, where, violations);
    }

    FieldPath path(JsonNode text, String where, List<Violation> violations) {
        if (text == null || !text.isTextual()) {
            violations.add(new Violation(where, "expected a path Type.id.field, such as EuforMission.althea.troopsInCountry"));
            return null;
        }
        FieldPath path = FieldPath.parse(text.asText(), pack.schema(), where, violations);
        if (path != null && !base.has(path)) {
            violations.add(new Violation(where, "the base has no " + path.type() + " \"" + path.id() + "\" to change"));
            return null;
        }
        return path;
    }

    private SweepAxis listed(FieldPath path, JsonNode values, String where, List<Violation> violations) {
        if (!values.isArray() || values.isEmpty()) {
            violations.add(new Violation(where, "expected a non-empty array of values for " + path));
            return null;
        }
        List<Object> converted = new ArrayList<>();
        int before = violations.size();
        for (int i = 0; i < values.size(); i++) {
            converted.add(path.convert(values.get(i), pack.schema(), where + "[" + i + "]", violations));
        }
        return violations.size() == before ? SweepAxis.listed(path, converted) : null;
    }

    private SweepAxis ranged(FieldPath path, JsonNode lever, String where, List<Violation> violations) {
        FieldKind kind = path.spec(pack.schema()).kind();
        if (kind != FieldKind.INTEGER && kind != FieldKind.NUMBER) {
            violations.add(new Violation(where, path + " is " + kind.expected() + "; give \"values\" instead of a range"));
            return null;
        }
        int before = violations.size();
        BigDecimal from = bound(path, lever.get("from"), where + ".from", violations);
        BigDecimal to = bound(path, lever.get("to"), where + ".to", violations);
        JsonNode stepNode = lever.get("step");
        BigDecimal step = null;
        if (stepNode == null || !finite(stepNode) || stepNode.decimalValue().signum() <= 0
                || (kind == FieldKind.INTEGER && !stepNode.canConvertToExactIntegral())) {
            violations.add(new Violation(where + ".step", "expected a " + (kind == FieldKind.INTEGER ? "whole " : "")
                    + "number above 0, got " + (stepNode == null ? "nothing" : stepNode.toString())));
        } else {
            step = stepNode.decimalValue();
        }
        if (violations.size() > before) {
            return null;
        }
        return axis(path, from, to, step, kind == FieldKind.INTEGER, where, violations);
    }

    private BigDecimal bound(FieldPath path, JsonNode node, String where, List<Violation> violations) {
        if (node == null) {
            violations.add(new Violation(where, "missing: a range needs from, to and step"));
            return null;
        }
        if (node.isNumber() && !finite(node)) {
            violations.add(new Violation(where, "expected a finite number, got " + node));
            return null;
        }
        return path.convert(node, pack.schema(), where, violations) == null ? null : node.decimalValue();
    }

    private SweepAxis axis(FieldPath path, BigDecimal from, BigDecimal to, BigDecimal step, boolean integral,
                           String where, List<Violation> violations) {
        if (from.compareTo(to) > 0) {
            violations.add(new Violation(where + ".to", "must not be below from (" + from.toPlainString() + ")"));
            return null;
        }
        BigDecimal count = SweepAxis.count(from, to, step);
        if (count.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            violations.add(new Violation(where + ".step", "gives " + count.toBigInteger() + " values; use a larger step"));
            return null;
        }
        return SweepAxis.ranged(path, from, to, step, integral, count.intValueExact());
    }

    /** Jackson reads 1e400 as an infinite double, which has no decimal value. */
    private static boolean finite(JsonNode number) {
        return number.isNumber() && (!number.isFloatingPointNumber() || number.isBigDecimal() || Double.isFinite(number.doubleValue()));
    }

    /** The axis of a lever pack.yaml declares, or null when this base lacks its instance (the loader checked the rest). */
    SweepAxis declared(PackManifest.Lever lever) {
        return read(JsonNodeFactory.instance.objectNode().put("path", lever.path()), "levers", new ArrayList<>());
    }

    private SweepAxis declared(FieldPath path, String where, List<Violation> violations) {
        PackManifest.Lever lever = pack.manifest().levers().stream()
                .filter(l -> l.path().equals(path.toString())).findFirst().orElse(null);
        if (lever == null) {
            violations.add(new Violation(where + ".path", path + " is not a lever of pack.yaml, so give \"values\" or \"from\", \"to\" and \"step\""));
            return null;
        }
        if (lever.values() != null && !lever.values().isEmpty()) {
            return listed(path, YAML_VALUES.valueToTree(lever.values()), where + ".values", violations);
        }
        PackManifest.Range range = lever.range();
        boolean integral = path.spec(pack.schema()).kind() == FieldKind.INTEGER;
        return axis(path, BigDecimal.valueOf(range.min()), BigDecimal.valueOf(range.max()), BigDecimal.valueOf(range.step()),
                integral, where, violations);
    }
}
