package vn.ngoaid.partner.exchange;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;
import vn.ngoaid.partner.locality.Locality;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Exchange", description = "A delegation or exchange activity, or a batch of them")
public record ExchangeView(
        UUID id,
        @Schema(examples = "20") String province,
        ExchangeDirection direction,
        @Schema(nullable = true) UUID localityId,
        @Schema(nullable = true, description = "Name of the locality (read-only)", examples = "Guangxi Zhuang Autonomous Region")
        String localityName,
        @Schema(nullable = true) UUID organizationId,
        @Schema(nullable = true, description = "Name of the organization as the registry gave it (read-only)")
        String organizationName,
        @Schema(nullable = true, description = "Country of the counterpart: the locality's, else the organization's, "
                + "else the one given; null for a batch from or to several countries", examples = "CN") String countryCode,
        String title,
        @Schema(nullable = true) String purpose,
        LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(examples = "1") int delegations,
        @Schema(nullable = true, examples = "12") Integer participants,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<ExchangeView> CSV = RecordView.csv(ExchangeView.class);

    static ExchangeView of(Exchange e, Locality locality) {
        String country = locality != null ? locality.countryCode : e.countryCode;
        return new ExchangeView(e.id, e.province, e.direction, e.localityId, locality == null ? null : locality.name,
                e.organizationId, e.organizationName, country, e.title, e.purpose, e.startDate, e.endDate,
                e.delegations, e.participants, Stamps.of(e));
    }
}
