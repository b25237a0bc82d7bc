package vn.ngoaid.registry.registration;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Registration", description = "A registration certificate with its status history")
public record RegistrationView(
        UUID id,
        UUID organizationId,
        RegistrationKind kind,
        @Schema(examples = "112/CNV-HĐ") String certificateNumber,
        @Schema(examples = "Committee for Foreign NGO Affairs (COMINGO)") String issuedBy,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        @Schema(examples = "[\"22\"]") List<String> provinces,
        @Schema(examples = "[\"12220\"]") List<String> sectors,
        @Schema(description = "Status today; EXPIRED once validUntil has passed (REVOKED stays REVOKED)") RegistrationStatus status,
        @Schema(description = "Status changes, oldest first") List<HistoryEntry> history,
        @JsonUnwrapped Stamps stamps) implements RecordView {

    @Schema(name = "RegistrationHistoryEntry")
    public record HistoryEntry(RegistrationStatus status,
                               @Schema(nullable = true, examples = "Registered") String reason,
                               LocalDate effectiveOn,
                               Instant recordedAt,
                               @Schema(description = "Subject of the token that recorded it") String recordedBy) {
    }

    /**
     * The registrations CSV: provinces and sectors as {@code 20|22}, the status today, and the history as
     * {@code ACTIVE:2019-01-01|SUSPENDED:2020-03-01}, oldest first.
     */
    static final CsvColumns<RegistrationView> CSV = CsvColumns.ofComponents(RegistrationView.class, "history", "stamps")
            .value("history", r -> r.history().stream().map(h -> h.status() + ":" + h.effectiveOn())
                    .collect(java.util.stream.Collectors.joining("|")))
            .with(RegistrationView::stamps, Stamps.CSV);

    static RegistrationView of(Registration r, LocalDate today) {
        return new RegistrationView(r.id, r.organizationId, r.kind, r.certificateNumber, r.issuedBy, r.issuedOn,
                r.validFrom, r.validUntil, List.copyOf(r.provinces), List.copyOf(r.sectors), r.statusOn(today),
                r.history.stream().map(h -> new HistoryEntry(h.status, h.reason, h.effectiveOn, h.recordedAt, h.recordedBy)).toList(),
                Stamps.of(r));
    }
}
