package vn.ngoaid.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Currency", description = "An ISO 4217 currency")
public record CurrencyUnit(
        @Schema(examples = "VND") String code,
        @Schema(examples = "Vietnamese Dong") String name,
        @Schema(examples = "Đồng Việt Nam") String localName,
        @Schema(description = "Digits of its minor unit, to which amounts are rounded", examples = "0") int minorUnitDigits) {
}
