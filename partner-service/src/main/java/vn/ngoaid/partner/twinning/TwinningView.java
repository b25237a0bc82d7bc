package vn.ngoaid.partner.twinning;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;
import vn.ngoaid.partner.locality.Locality;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Twinning", description = "A border twinning pair of residential clusters")
public record TwinningView(
        UUID id,
        @Schema(examples = "22") String province,
        TwinningInput.DomesticUnit domesticUnit,
        TwinningInput.ForeignUnit foreignUnit,
        UUID localityId,
        @Schema(description = "Name of the locality (read-only)", examples = "Dongxing") String localityName,
        @Schema(description = "Country of the locality (read-only)", examples = "CN") String countryCode,
        LocalDate since,
        @Schema(nullable = true) String note,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<TwinningView> CSV = RecordView.csv(TwinningView.class);

    static TwinningView of(Twinning t, Locality locality) {
        return new TwinningView(t.id, t.province,
                new TwinningInput.DomesticUnit(t.domesticName, t.domesticLevel, t.domesticDistrict),
                new TwinningInput.ForeignUnit(t.foreignName, t.foreignLevel), t.localityId,
                locality == null ? null : locality.name, locality == null ? null : locality.countryCode,
                t.since, t.note, Stamps.of(t));
    }
}
