package vn.ngoaid.partner.twinning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.partner.locality.Locality;

import java.time.Instant;
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
        String note,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<TwinningView> CSV = CsvColumns.of(TwinningView.class)
            .value("id", TwinningView::id)
            .value("province", TwinningView::province)
            .text("domesticUnitName", t -> t.domesticUnit().name())
            .value("domesticUnitLevel", t -> t.domesticUnit().level())
            .text("domesticUnitDistrict", t -> t.domesticUnit().district())
            .text("foreignUnitName", t -> t.foreignUnit().name())
            .value("foreignUnitLevel", t -> t.foreignUnit().level())
            .value("localityId", TwinningView::localityId)
            .text("localityName", TwinningView::localityName)
            .value("countryCode", TwinningView::countryCode)
            .value("since", TwinningView::since)
            .text("note", TwinningView::note)
            .value("createdAt", TwinningView::createdAt)
            .text("createdBy", TwinningView::createdBy)
            .value("updatedAt", TwinningView::updatedAt)
            .text("updatedBy", TwinningView::updatedBy);

    static TwinningView of(Twinning t, Locality locality) {
        return new TwinningView(t.id, t.province,
                new TwinningInput.DomesticUnit(t.domesticName, t.domesticLevel, t.domesticDistrict),
                new TwinningInput.ForeignUnit(t.foreignName, t.foreignLevel), t.localityId,
                locality == null ? null : locality.name, locality == null ? null : locality.countryCode,
                t.since, t.note, t.createdAt, t.updatedAt, t.createdBy, t.updatedBy, t.version);
    }
}
