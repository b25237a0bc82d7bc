package vn.ngoaid.partner.association;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FriendshipAssociation", description = "A province's friendship association with the people of one country")
public record FriendshipAssociationView(
        UUID id,
        @Schema(examples = "22") String province,
        @Schema(examples = "Vietnam–China Friendship Association of Quảng Ninh") String name,
        String localName,
        @Schema(examples = "CN") String counterpartCountry,
        @Schema(examples = "520") Integer members,
        LocalDate founded,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Subject of the token that created it", examples = "officer-lang-son") String createdBy,
        @Schema(description = "Subject of the token that changed it last", examples = "officer-lang-son") String updatedBy,
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version)
        implements RecordView {

    /** The CSV export: the fields above, nested ones flattened, lists joined with {@code |}. */
    static final CsvColumns<FriendshipAssociationView> CSV = CsvColumns.of(FriendshipAssociationView.class)
            .value("id", FriendshipAssociationView::id)
            .value("province", FriendshipAssociationView::province)
            .text("name", FriendshipAssociationView::name)
            .text("localName", FriendshipAssociationView::localName)
            .value("counterpartCountry", FriendshipAssociationView::counterpartCountry)
            .value("members", FriendshipAssociationView::members)
            .value("founded", FriendshipAssociationView::founded)
            .value("createdAt", FriendshipAssociationView::createdAt)
            .text("createdBy", FriendshipAssociationView::createdBy)
            .value("updatedAt", FriendshipAssociationView::updatedAt)
            .text("updatedBy", FriendshipAssociationView::updatedBy);

    static FriendshipAssociationView of(FriendshipAssociation a) {
        return new FriendshipAssociationView(a.id, a.province, a.name, a.localName, a.counterpartCountry, a.members,
                a.founded, a.createdAt, a.updatedAt, a.createdBy, a.updatedBy, a.version);
    }
}
