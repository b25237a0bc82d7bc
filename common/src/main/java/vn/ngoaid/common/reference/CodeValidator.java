package vn.ngoaid.common.reference;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CodeValidator implements ConstraintValidator<Code, String> {

    @Inject
    ReferenceData reference;

    private Code.CodeList list;
    private String message;

    @Override
    public void initialize(Code annotation) {
        list = annotation.value();
        message = annotation.message().isEmpty() ? list.message : annotation.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean known = switch (list) {
            case PROVINCE -> reference.isProvinceCode(value);
            case COUNTRY -> reference.isCountryCode(value);
            case CURRENCY -> reference.currency(value).isPresent();
            case SECTOR -> reference.sector(value).isPresent();
        };
        if (!known) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        }
        return known;
    }
}
