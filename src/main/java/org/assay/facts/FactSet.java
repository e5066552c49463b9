package org.assay.facts;

import java.util.List;
import java.util.Map;

/**
 * A checked fact set: every value has the Java type its field needs (Integer, Double, Boolean,
 * String, an enum constant's name, or a List), so turning it into rule facts needs no more checks.
 */
public record FactSet(List<Instance> instances) {

    /** One instance of a declared type; {@code values} holds only the fields the JSON gave. */
    public record Instance(String type, String id, Map<String, Object> values) {
    }
}
