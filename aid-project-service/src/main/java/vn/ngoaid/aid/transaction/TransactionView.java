package vn.ngoaid.aid.transaction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.api.Decimals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Transaction", description = "A commitment or disbursement of a project; corrections are negative "
        + "transactions naming the one they correct")
public record TransactionView(
        UUID id,
        UUID projectId,
        TransactionType type,
        @Schema(examples = "2020-06-30") LocalDate date,
        @Schema(examples = "45000") BigDecimal amount,
        @Schema(examples = "USD") String currency,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) UUID correctsTransactionId,
        Instant createdAt,
        @Schema(description = "Subject of the token that recorded it", examples = "officer-quang-ninh") String createdBy) {

    static TransactionView of(AidTransaction t) {
        return new TransactionView(t.id, t.projectId, t.type, t.date, Decimals.plain(t.amount), t.currency,
                t.description, t.correctsTransactionId, t.createdAt, t.createdBy);
    }
}
