package vn.ngoaid.partner.locality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Locality", description = "A foreign locality a province has relations with")
public record LocalityView(
        @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID id,
        @Schema(examples = "Anseong") String name,
        @Schema(examples = "안성시") String localName,
        @Schema(examples = "thành phố An Thành") String vietnameseName,
        @Schema(examples = "KR") String countryCode,
        LocalityLevel level,
        @Schema(description = "The locality it lies in, if any") UUID parentId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<LocalityView> CSV = CsvColumns.of(LocalityView.class)
            .value("id", LocalityView::id)
            .text("name", LocalityView::name)
            .text("localName", LocalityView::localName)
            .text("vietnameseName", LocalityView::vietnameseName)
            .value("countryCode", LocalityView::countryCode)
            .value("level", LocalityView::level)
            .value("parentId", LocalityView::parentId)
            .value("createdAt", LocalityView::createdAt)
            .text("createdBy", LocalityView::createdBy)
            .value("updatedAt", LocalityView::updatedAt)
            .text("updatedBy", LocalityView::updatedBy);

    static LocalityView of(Locality l) {
        return new LocalityView(l.id, l.name, l.localName, l.vietnameseName, l.countryCode, l.level, l.parentId,
                l.createdAt, l.updatedAt, l.createdBy, l.updatedBy, l.version);
    }
}
