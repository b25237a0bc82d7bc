package vn.ngoaid.common.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Parses typed query and path parameters so that a bad value is a {@code 400} naming the parameter; JAX-RS would
 * answer {@code 404} for an unparseable one ({@code /projects/not-a-uuid} names no project, but it is not a missing
 * project either: the request cannot be read).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A parameter whose value cannot be read; mapped to a 400 problem with the parameter as the field. */
    public static class InvalidParameterException extends BadRequestException {
        private final String parameter;

        InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                name = q.value();
            } else if (annotation instanceof org.jboss.resteasy.reactive.RestQuery q) {
                name = q.value();
            } else if (annotation instanceof PathParam p) {
                name = p.value();
            }
        }
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, "an integer", Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(name, "an integer", Long::valueOf);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date (YYYY-MM-DD)", LocalDate::parse);
        }
        if (rawType == java.time.Instant.class) {
            return (ParamConverter<T>) converter(name, "a timestamp (ISO-8601, e.g. 2026-01-01T00:00:00Z)", java.time.Instant::parse);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", UUID::fromString);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(v);
            });
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, rawType);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ParamConverter<?> enumConverter(String name, Class<T> type) {
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        // Query parameters take enum values in any letter case (provinceVintage=current); JSON bodies do not.
        return converter(name, "one of " + allowed, v -> Enum.valueOf((Class) type, v.toUpperCase(java.util.Locale.ROOT)));
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, "must be " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
