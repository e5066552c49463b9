package org.assay.engine.loading;

import org.assay.facts.FactSchema;
import org.assay.facts.FieldKind;
import org.assay.facts.FieldSpec;
import org.assay.facts.TypeSpec;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives a pack's fact schema from its DRL {@code declare} blocks. A declared type with an
 * {@code id : String} field is an input fact type; the field annotations {@code @required},
 * {@code @unit}, {@code @min} and {@code @max} refine what its fields accept.
 */
public final class SchemaReader {
    public static final String ID_FIELD = "id";

    private SchemaReader() {
    }

    /** The input fact types by name, with their Drools type for binding. */
    static Map<String, FactType> inputTypes(KieBase kieBase) throws PackException {
        Map<String, FactType> types = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (FactType type : pkg.getFactTypes()) {
                if (type.getFactClass().isEnum() || type.getField(ID_FIELD) == null) {
                    continue;
                }
                FactType clash = types.put(type.getSimpleName(), type);
                if (clash != null) {
                    throw new PackException("model", "fact type " + type.getSimpleName() + " is declared in both "
                            + clash.getPackageName() + " and " + type.getPackageName() + "; a pack's type names must be unique");
                }
                if (type.getField(ID_FIELD).getType() != String.class) {
                    throw new PackException("model", type.getSimpleName() + ".id must be declared as String");
                }
            }
        }
        return types;
    }

    static FactSchema schema(Map<String, FactType> types) {
        Map<String, TypeSpec> specs = new LinkedHashMap<>();
        types.forEach((name, type) -> {
            Map<String, FieldSpec> fields = new LinkedHashMap<>();
            for (FactField field : type.getFields()) {
                if (!ID_FIELD.equals(field.getName())) {
                    fields.put(field.getName(), fieldSpec(field));
                }
            }
            specs.put(name, new TypeSpec(name, fields));
        });
        return new FactSchema(specs);
    }

    private static FieldSpec fieldSpec(FactField field) {
        Class<?> type = field.getType();
        Map<String, Object> meta = field.getMetaData() == null ? Map.of() : field.getMetaData();
        List<String> values = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : List.of();
        boolean required = type.isPrimitive() || meta.containsKey("required");
        return new FieldSpec(field.getName(), kindOf(type), values, required,
                text(meta.get("unit")), number(meta.get("min")), number(meta.get("max")));
    }

    static FieldKind kindOf(Class<?> type) {
        if (type == String.class) {
            return FieldKind.STRING;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return FieldKind.INTEGER;
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return FieldKind.NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldKind.BOOLEAN;
        }
        if (type.isEnum()) {
            return FieldKind.ENUM;
        }
        if (Collection.class.isAssignableFrom(type) && type.isAssignableFrom(List.class)) {
            return FieldKind.LIST;
        }
        return FieldKind.UNSUPPORTED;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static Double number(Object value) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
