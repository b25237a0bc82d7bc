package vn.ngoaid.aid.transaction;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;

@Schema(name = "TransactionInput", description = "A commitment or disbursement, or a correction of one")
public record TransactionInput(
        @Schema(examples = "DISBURSEMENT") @NotNull TransactionType type,
        @Schema(description = "The day the money was committed or paid; it falls in this year for conversion and aggregates",
                examples = "2020-06-30") @NotNull LocalDate date,
        @Schema(description = "Exact amount; positive, or negative for a correction", examples = "45000.00")
        @NotNull @Digits(integer = 20, fraction = 4) BigDecimal amount,
        @Schema(description = "ISO 4217; defaults to the project's currency (for a correction: the corrected one's)",
                examples = "USD") @Code(CURRENCY) String currency,
        @Schema(examples = "Second tranche, school works in Bản Lang") @Size(max = 1000) String description,
        @Schema(description = "For a correction: the transaction it corrects, of the same project and type")
        UUID correctsTransactionId) {
}
