package org.assay.facts;

import java.util.List;
import java.util.Map;

/**
 * A checked fact set: every value has the Java type its field needs (Integer, Double, Boolean,
 * String, an enum constant's name, or a List), so turning it into rule facts needs no more checks.
 */
public record FactSet(List<Instance> instances) {

    /** Whether the set has the instance a path names. */
    public boolean has(FieldPath path) {
        return instance(path) != null;
    }

    /** The value a path names, or null when the set lacks the instance or the field. */
    public Object value(FieldPath path) {
        Instance instance = instance(path);
        return instance == null ? null : instance.values().get(path.field());
    }

    private Instance instance(FieldPath path) {
        return instances.stream().filter(i -> i.type().equals(path.type()) && i.id().equals(path.id())).findFirst().orElse(null);
    }

    /** One instance of a declared type; {@code values} holds only the fields the JSON gave. */
    public record Instance(String type, String id, Map<String, Object> values) {
    }
}
