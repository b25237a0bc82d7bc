package vn.ngoaid.partner.association;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FriendshipAssociation", description = "A province's friendship association with the people of one country")
public record FriendshipAssociationView(
        UUID id,
        @Schema(examples = "22") String province,
        @Schema(examples = "Vietnam–China Friendship Association of Quảng Ninh") String name,
        @Schema(nullable = true) String localName,
        @Schema(examples = "CN") String counterpartCountry,
        @Schema(nullable = true, examples = "520") Integer members,
        @Schema(nullable = true) LocalDate founded,
        @JsonUnwrapped Stamps stamps)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<FriendshipAssociationView> CSV = RecordView.csv(FriendshipAssociationView.class);

    static FriendshipAssociationView of(FriendshipAssociation a) {
        return new FriendshipAssociationView(a.id, a.province, a.name, a.localName, a.counterpartCountry, a.members,
                a.founded, Stamps.of(a));
    }
}
