package vn.ngoaid.partner.association;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "Version of the resource; its ETag is this number in quotes", examples = "0") long version) {

    static FriendshipAssociationView of(FriendshipAssociation a) {
        return new FriendshipAssociationView(a.id, a.province, a.name, a.localName, a.counterpartCountry, a.members,
                a.founded, a.createdAt, a.updatedAt, a.createdBy, a.updatedBy, a.version);
    }
}
