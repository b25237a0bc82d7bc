package vn.ngoaid.aid.rate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.api.Decimals;

import java.math.BigDecimal;

@Schema(name = "ExchangeRate", description = "An annual rate: units of the currency per US dollar")
public record ExchangeRateView(
        @Schema(examples = "2020") int year,
        @Schema(examples = "VND") String currency,
        @Schema(examples = "23208.5") BigDecimal unitsPerUsd) {

    static ExchangeRateView of(ExchangeRate rate) {
        return new ExchangeRateView(rate.key.year(), rate.key.currency(), Decimals.plain(rate.unitsPerUsd));
    }
}
