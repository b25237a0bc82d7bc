package vn.ngoaid.common.money;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.math.BigDecimal;

import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;

/** An exact amount in a currency, as the API writes money: {@code {"amount": 153000000000, "currency": "VND"}}. */
@Schema(name = "Money", description = "An exact amount (a decimal, never rounded through floating point) in an ISO 4217 currency")
public record Money(
        @Schema(description = "Exact amount, zero or more", examples = "45000.00")
        @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 4) BigDecimal amount,
        @Schema(description = "ISO 4217 code", examples = "USD") @NotNull @Code(CURRENCY) String currency) {
}
