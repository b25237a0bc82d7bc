package vn.ngoaid.common.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** The value must be a code of the given list; null passes (combine with {@code @NotNull} where required). */
@Documented
@Constraint(validatedBy = CodeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Code {

    CodeList value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum CodeList {
        PROVINCE("is not a GSO province code"),
        COUNTRY("is not an ISO 3166-1 alpha-2 country code"),
        CURRENCY("is not an ISO 4217 currency code"),
        SECTOR("is not an OECD DAC CRS purpose code");

        final String message;

        CodeList(String message) {
            this.message = message;
        }
    }
}
