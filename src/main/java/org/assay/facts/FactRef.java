package org.assay.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fact, as traces, diffs and explanations name it: an input instance ({@code EuforMission.althea}) or a
 * finding a rule raised ({@code Finding.EUFOR_UNDERSIZED}). Its text is {@code Type.id}; ids may contain dots,
 * type names may not, so the type is what comes before the first one.
 */
@Schema(type = SchemaType.STRING, example = "EuforMission.althea")
public record FactRef(String type, String id) {
    /** The type of a finding's reference: findings are facts rules insert, named by their id. */
    public static final String FINDING = "Finding";

    public static FactRef of(FactSet.Instance instance) {
        return new FactRef(instance.type(), instance.id());
    }

    public static FactRef finding(String id) {
        return new FactRef(FINDING, id);
    }

    /** The reference a {@code Type.id} text names. */
    @JsonCreator
    public static FactRef parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("expected a fact reference Type.id, got \"" + text + "\"");
        }
        return new FactRef(text.substring(0, dot), text.substring(dot + 1));
    }

    /** Whether this names a finding rather than an input fact. */
    public boolean namesFinding() {
        return FINDING.equals(type);
    }

    /** One field of this fact. */
    public FieldPath field(String field) {
        return new FieldPath(type, id, field);
    }

    @JsonValue
    @Override
    public String toString() {
        return type + "." + id;
    }
}
