package vn.ngoaid.partner.partnership;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;
import vn.ngoaid.partner.locality.Locality;

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
        @Schema(nullable = true) LocalDate until,
        PartnershipStatus status,
        @Schema(nullable = true) String note,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<PartnershipView> CSV = RecordView.csv(PartnershipView.class);

    static PartnershipView of(Partnership p, Locality locality) {
        return new PartnershipView(p.id, p.province, p.localityId, locality == null ? null : locality.name,
                locality == null ? null : locality.countryCode, p.kind, p.since, p.until, p.status, p.note,
                Stamps.of(p));
    }
}
