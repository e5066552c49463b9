package org.assay.engine;

import org.assay.facts.FactSet;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns a checked fact set into instances of the pack's declared types. */
final class FactInstantiator {
    private final Map<String, FactType> types;

    FactInstantiator(Map<String, FactType> types) {
        this.types = types;
    }

    FactType type(String name) {
        return types.get(name);
    }

    /**
     * The created facts in the fact set's order, and the instance each came from. The order is kept
     * apart from the identity map because it decides the order of accumulated lists and of firings of
     * equal salience: the same fact set must always give the same assessment, or a what-if would
     * report differences that no change caused.
     */
    record Inputs(List<Object> facts, Map<Object, FactSet.Instance> instances) {
    }

    Inputs instantiate(FactSet facts) {
        List<Object> order = new ArrayList<>(facts.instances().size());
        Map<Object, FactSet.Instance> created = new IdentityHashMap<>();
        for (FactSet.Instance instance : facts.instances()) {
            FactType type = types.get(instance.type());
            Object fact = newInstance(type);
            type.set(fact, SchemaReader.ID_FIELD, instance.id());
            for (FactField field : type.getFields()) {
                Object value = instance.values().get(field.getName());
                if (value != null) {
                    type.set(fact, field.getName(), convert(value, field.getType()));
                } else if (!field.getType().isPrimitive() && !SchemaReader.ID_FIELD.equals(field.getName())) {
                    // Drools' generated constructor gives boxed fields 0 or false; absent must read as unknown.
                    type.set(fact, field.getName(), null);
                }
            }
            order.add(fact);
            created.put(fact, instance);
        }
        return new Inputs(order, created);
    }

    private static Object newInstance(FactType type) {
        try {
            return type.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create a " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Values arrive as Integer, Double, Boolean, String or List; the declared field may be narrower or an enum. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(Object value, Class<?> target) {
        if (target.isEnum()) {
            return Enum.valueOf((Class<Enum>) target, (String) value);
        }
        if (value instanceof Number n) {
            if (target == Long.class || target == long.class) {
                return n.longValue();
            }
            if (target == Short.class || target == short.class) {
                return n.shortValue();
            }
            if (target == Float.class || target == float.class) {
                return n.floatValue();
            }
            if (target == BigDecimal.class) {
                return BigDecimal.valueOf(n.doubleValue());
            }
        }
        return value;
    }
}
