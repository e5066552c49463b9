package org.assay.facts;

import java.util.Map;

/** The fact types a pack declares, by name, in declaration order. */
public record FactSchema(Map<String, TypeSpec> types) {

    public TypeSpec type(String name) {
        return types.get(name);
    }
}
