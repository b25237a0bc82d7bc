package vn.ngoaid.common.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Strict reading of request bodies: a value of the wrong JSON type is refused, never converted (a number or boolean is
 * not text, text is not a number, a fraction is not an integer, a boolean is not a number nor a number a boolean, a
 * scalar is not an array); an enum is named, not numbered; and text fields may not hold control characters other
 * than tab and line breaks (PostgreSQL cannot store NUL, and none belongs in a name or a certificate number).
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // a date is text (2025-01-01), never a day count like 20250101; "" is not an absent date, id, number or enum
        mapper.setDefaultLeniency(Boolean.FALSE);
        for (LogicalType type : new LogicalType[]{LogicalType.DateTime, LogicalType.OtherScalar, LogicalType.Integer,
                LogicalType.Float, LogicalType.Enum, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // amounts are written as 153000000000, never 1.53E+11
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.addHandler(new ReadOnlyFields());
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                            "control characters are not allowed", value, String.class);
                }
                return value;
            }
        }));
    }

    /**
     * What a GET answered may be sent back by PUT unchanged: an input skips the fields of its view (the class named
     * like it with {@code View} for {@code Input}: {@code TwinningView} of {@code TwinningInput},
     * {@code AgreementView.Counterpart} of {@code AgreementInput.Counterpart}) that it does not have itself: its id,
     * stamps, derived names and totals are read-only. A field of neither stays a 400.
     */
    static final class ReadOnlyFields extends DeserializationProblemHandler {

        private static final Map<Class<?>, Set<String>> FIELDS = new ConcurrentHashMap<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (!FIELDS.computeIfAbsent(type, ReadOnlyFields::viewFieldsOf).contains(propertyName)) {
                return false;
            }
            p.skipChildren();
            return true;
        }

        private static Set<String> viewFieldsOf(Class<?> input) {
            String name = input.getName();
            int at = name.lastIndexOf("Input");
            if (at < 0) {
                return Set.of();
            }
            try {
                return fieldsOf(Class.forName(name.substring(0, at) + "View" + name.substring(at + "Input".length()),
                        false, input.getClassLoader()));
            } catch (ClassNotFoundException noView) {
                return Set.of();
            }
        }

        /** The JSON fields of a view: its components, those of an unwrapped one in its place. */
        static Set<String> fieldsOf(Class<?> view) {
            Set<String> fields = new HashSet<>();
            if (!view.isRecord()) {
                return fields;
            }
            for (RecordComponent component : view.getRecordComponents()) {
                if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                    fields.addAll(fieldsOf(component.getType()));
                } else {
                    fields.add(component.getName());
                }
            }
            return fields;
        }
    }
}
