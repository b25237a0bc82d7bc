package vn.ngoaid.partner.association;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Schema(name = "FriendshipAssociationInput", examples = FriendshipAssociationInput.EXAMPLE, description = "A friendship association as written by a client (POST, and PUT of the whole "
        + "resource). Its name is unique within the province whatever the letter case (409 otherwise).")
public record FriendshipAssociationInput(
        @Schema(description = "GSO code of the Vietnamese province", examples = "22") @NotNull @Code(PROVINCE) String province,
        @Schema(description = "Name; unique within the province whatever the letter case (409)",
                examples = "Vietnam–China Friendship Association of Quảng Ninh") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Vietnamese name", examples = "Hội hữu nghị Việt Nam – Trung Quốc tỉnh Quảng Ninh") @Size(max = 300) String localName,
        @Schema(description = "The country whose people it is a friend of, ISO 3166-1 alpha-2", examples = "CN")
        @NotNull @Code(COUNTRY) String counterpartCountry,
        @Schema(description = "Number of members; leave out when not known", examples = "520") @Min(0) @Max(10000000) Integer members,
        @Schema(description = "Day it was founded, if known", examples = "2008-10-15") LocalDate founded) implements InProvince {

    static final String EXAMPLE = """
            {
              "province": "22",
              "name": "Vietnam–China Friendship Association of Quảng Ninh",
              "localName": "Hội hữu nghị Việt Nam – Trung Quốc tỉnh Quảng Ninh",
              "counterpartCountry": "CN",
              "members": 520,
              "founded": "2008-10-15"
            }""";
}
