package vn.ngoaid.partner.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.partner.locality.Locality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Partnership", description = "A province's relation with a foreign locality")
public record PartnershipView(
        UUID id,
        @Schema(examples = "08") String province,
        UUID localityId,
        @Schema(description = "Name of the locality (read-only)", examples = "Xiangkhouang") String localityName,
        @Schema(description = "Country of the locality (read-only)", examples = "LA") String countryCode,
        PartnershipKind kind,
        LocalDate since,
        LocalDate until,
        PartnershipStatus status,
        String note,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<PartnershipView> CSV = CsvColumns.of(PartnershipView.class)
            .value("id", PartnershipView::id)
            .value("province", PartnershipView::province)
            .value("localityId", PartnershipView::localityId)
            .text("localityName", PartnershipView::localityName)
            .value("countryCode", PartnershipView::countryCode)
            .value("kind", PartnershipView::kind)
            .value("since", PartnershipView::since)
            .value("until", PartnershipView::until)
            .value("status", PartnershipView::status)
            .text("note", PartnershipView::note)
            .value("createdAt", PartnershipView::createdAt)
            .text("createdBy", PartnershipView::createdBy)
            .value("updatedAt", PartnershipView::updatedAt)
            .text("updatedBy", PartnershipView::updatedBy);

    static PartnershipView of(Partnership p, Locality locality) {
        return new PartnershipView(p.id, p.province, p.localityId, locality == null ? null : locality.name,
                locality == null ? null : locality.countryCode, p.kind, p.since, p.until, p.status, p.note,
                p.createdAt, p.updatedAt, p.createdBy, p.updatedBy, p.version);
    }
}
