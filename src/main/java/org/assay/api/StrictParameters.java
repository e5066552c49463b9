package org.assay.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.assay.facts.Violation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads boolean, whole-number and enum query and header parameters strictly, for every route at once. Quarkus REST's
 * own conversion takes {@code ?fragility=maybe} for false, and answers a bad number with a bare 404 (query) or 400
 * (header) that names nothing; here a bad value is a 400 problem naming the parameter.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A parameter that does not read as its type; a {@link BadRequestException}, so that Quarkus REST passes it on unwrapped. */
    public static final class MalformedParameterException extends BadRequestException {
        private final transient Violation violation;

        MalformedParameterException(String parameter, String message) {
            super("parameter " + parameter + ": " + message);
            this.violation = new Violation(parameter, message);
        }

        public Violation violation() {
            return violation;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", text -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> null;
            });
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "a whole number", text -> number(text, Integer::valueOf));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", text -> number(text, Long::valueOf));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, "one of " + names, text -> {
                try {
                    return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            });
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static <N> N number(String text, Function<String, N> parse) {
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @param read the value of a text, or null when it is not one */
    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> read) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String text) {
                if (text == null) {
                    return null;
                }
                V value = read.apply(text.strip());
                if (value == null) {
                    throw new MalformedParameterException(name, "expected " + expected + ", got \"" + text + "\"");
                }
                return value;
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }
}
