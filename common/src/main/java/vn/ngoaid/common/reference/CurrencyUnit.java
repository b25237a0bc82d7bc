package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.label.Language;

@Schema(name = "Currency", description = "An ISO 4217 currency")
public record CurrencyUnit(
        @Schema(examples = "VND") String code,
        @Schema(examples = "Vietnamese Dong") String name,
        @Schema(examples = "Đồng Việt Nam") String localName,
        @Schema(description = "Digits of its minor unit, to which amounts are rounded", examples = "0") int minorUnitDigits,
        @Schema(description = "The name in the language asked with Accept-Language: `name` (en, default) or "
                + "`localName` (vi)", examples = "Đồng Việt Nam") String label) {

    CurrencyUnit in(Language language) {
        return new CurrencyUnit(code, name, localName, minorUnitDigits, language == Language.VI ? localName : name);
    }
}
