package org.assay.facts;

import java.util.Map;

/** One declared fact type: its fields in declaration order, without the {@code id} the instance key supplies. */
public record TypeSpec(String name, Map<String, FieldSpec> fields) {
}
