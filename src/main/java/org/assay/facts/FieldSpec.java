package org.assay.facts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One declared field of a fact type, as a client sees it.
 *
 * @param values the allowed values of an enum field, empty otherwise
 * @param required whether every instance must give it (primitive or {@code @required} in DRL)
 * @param unit the {@code @unit} the pack declares, or null
 * @param min the {@code @min} the pack declares, or null
 * @param max the {@code @max} the pack declares, or null
 */
public record FieldSpec(String name, FieldKind kind, List<String> values, boolean required,
                        @Schema(nullable = true) String unit, @Schema(nullable = true) Double min, @Schema(nullable = true) Double max) {
}
