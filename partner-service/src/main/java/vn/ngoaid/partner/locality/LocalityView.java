package vn.ngoaid.partner.locality;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.util.UUID;

@Schema(name = "Locality", description = "A foreign locality a province has relations with")
public record LocalityView(
        @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID id,
        @Schema(examples = "Anseong") String name,
        @Schema(nullable = true, examples = "안성시") String localName,
        @Schema(nullable = true, examples = "thành phố An Thành") String vietnameseName,
        @Schema(examples = "KR") String countryCode,
        LocalityLevel level,
        @Schema(nullable = true, description = "The locality it lies in, if any") UUID parentId,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<LocalityView> CSV = RecordView.csv(LocalityView.class);

    static LocalityView of(Locality l) {
        return new LocalityView(l.id, l.name, l.localName, l.vietnameseName, l.countryCode, l.level, l.parentId,
                Stamps.of(l));
    }
}
