package vn.ngoaid.aid.rate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.api.Decimals;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "ExchangeRate", description = "An annual rate: units of the currency per US dollar")
public record ExchangeRateView(
        @Schema(examples = "2020") int year,
        @Schema(examples = "VND") String currency,
        @Schema(examples = "23208.5") BigDecimal unitsPerUsd,
        Instant updatedAt,
        @Schema(description = "Subject of the token that recorded the rate first", examples = "coordinator-paccom") String createdBy,
        @Schema(description = "Subject of the token that recorded its current value", examples = "coordinator-paccom") String updatedBy) {

    static ExchangeRateView of(ExchangeRate rate) {
        return new ExchangeRateView(rate.key.year(), rate.key.currency(), Decimals.plain(rate.unitsPerUsd), rate.updatedAt,
                rate.createdBy, rate.updatedBy);
    }
}
