package org.assay.engine.evaluation;

import org.assay.engine.loading.SchemaReader;

import org.assay.facts.FactSet;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked fact set into instances of the pack's declared types.
 *
 * <p>Every assessment creates a few dozen facts, so this is on the hot path: see {@link Maker}.
 */
public final class FactInstantiator {
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);
    private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

    private final Map<String, Maker> makers = new HashMap<>();

    public FactInstantiator(Map<String, FactType> types) {
        types.forEach((name, type) -> makers.put(name, new Maker(type)));
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
            Object fact = makers.get(instance.type()).make(instance);
            order.add(fact);
            created.put(fact, instance);
        }
        return new Inputs(order, created);
    }

    /** Sets one field of a fact this instantiator made; a null value makes it unknown. */
    void set(Object fact, String type, String field, Object value) {
        makers.get(type).set(fact, field, value);
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

    /**
     * Creates and fills the facts of one declared type. Drools generates a constructor that takes
     * every field in declaration order, and one without arguments that runs each field's initialiser
     * through MVEL's interpreter: the bih-nato model initialises every field {@code = null} so that an
     * absent value stays unknown, and its baseline then cost about 50 µs to create, a third of
     * evaluating it. The all-fields constructor, through a method handle looked up once per pack
     * version, skips the initialisers and costs a few microseconds.
     */
    private static final class Maker {
        private final String typeName;
        /** The all-fields constructor, taking its arguments as one array. */
        private final MethodHandle constructor;
        /** The fields in the constructor's order, with each one's position and type. */
        private final Map<String, Integer> positions = new HashMap<>();
        private final Class<?>[] types;
        private final Object[] defaults;
        private final Map<String, MethodHandle> setters = new HashMap<>();

        Maker(FactType type) {
            typeName = type.getName();
            Class<?> factClass = type.getFactClass();
            List<FactField> fields = new ArrayList<>(type.getFields());
            fields.sort(Comparator.comparingInt(FactField::getIndex));
            types = new Class<?>[fields.size()];
            defaults = new Object[fields.size()];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < fields.size(); i++) {
                    FactField field = fields.get(i);
                    String name = field.getName();
                    types[i] = field.getType();
                    defaults[i] = field.getType().isPrimitive() ? Array.get(Array.newInstance(field.getType(), 1), 0) : null;
                    positions.put(name, i);
                    setters.put(name, lookup.findVirtual(factClass, "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                            MethodType.methodType(void.class, field.getType())).asType(SETTER));
                }
                constructor = lookup.findConstructor(factClass, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length).asType(CONSTRUCTOR);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("the declared type " + typeName + " lacks Drools' public all-fields constructor or a setter: "
                        + e.getMessage(), e);
            }
        }

        Object make(FactSet.Instance instance) {
            Object[] arguments = defaults.clone();
            arguments[positions.get(SchemaReader.ID_FIELD)] = instance.id();
            instance.values().forEach((field, value) -> {
                Integer position = positions.get(field);
                if (position != null && value != null) {
                    arguments[position] = convert(value, types[position]);
                }
            });
            try {
                return (Object) constructor.invokeExact(arguments);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot create a " + typeName + ": " + e.getMessage(), e);
            }
        }

        void set(Object fact, String field, Object value) {
            Integer position = positions.get(field);
            Object converted = value == null ? defaults[position] : convert(value, types[position]);
            try {
                setters.get(field).invokeExact(fact, converted);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot set " + typeName + "." + field + " to " + value + ": " + e.getMessage(), e);
            }
        }
    }
}
