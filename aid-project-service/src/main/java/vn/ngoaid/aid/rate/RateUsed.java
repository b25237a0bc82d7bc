package vn.ngoaid.aid.rate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "RateUsed", description = "A rate a figure was converted with: units of the currency per US dollar")
public record RateUsed(
        @Schema(examples = "2020") int year,
        @Schema(examples = "VND") String currency,
        @Schema(examples = "23208.5") BigDecimal unitsPerUsd) {
}
