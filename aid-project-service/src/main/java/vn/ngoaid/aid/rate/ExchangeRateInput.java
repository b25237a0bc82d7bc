package vn.ngoaid.aid.rate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ExchangeRateInput")
public record ExchangeRateInput(
        @Schema(description = "Units of the currency per US dollar, the year's published average", examples = "23208.5")
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 10) BigDecimal unitsPerUsd) {
}
