package vn.ngoaid.common.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;

import java.time.Instant;

/**
 * When a record was created and last changed, by whom, and its version: the last fields of every record's view,
 * unwrapped into its JSON ({@code @JsonUnwrapped}), and the last columns of its CSV export.
 */
public record Stamps(
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it") String createdBy,
        @Schema(description = "Subject of the token that changed it last") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version) {

    /** The CSV columns, in the order every export ends with. */
    public static final CsvColumns<Stamps> CSV = CsvColumns.of(Stamps.class)
            .value("createdAt", Stamps::createdAt)
            .text("createdBy", Stamps::createdBy)
            .value("updatedAt", Stamps::updatedAt)
            .text("updatedBy", Stamps::updatedBy);

    public static Stamps of(AuditedRecord record) {
        return new Stamps(record.createdAt, record.updatedAt, record.createdBy, record.updatedBy, record.version);
    }
}
