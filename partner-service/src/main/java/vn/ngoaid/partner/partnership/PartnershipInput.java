package vn.ngoaid.partner.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Schema(name = "PartnershipInput", examples = PartnershipInput.EXAMPLE, description = "A province's relation with a foreign locality (POST, and PUT of the whole resource). "
        + "The locality must exist (422); the province code must be a unit on `since` (422); `until` must not be before "
        + "`since` (400); the same province, locality and kind twice is a 409.")
public record PartnershipInput(
        @Schema(description = "GSO code of the Vietnamese province, read against the list in force on `since`", examples = "08")
        @NotNull @Code(PROVINCE) String province,
        @Schema(description = "The foreign locality; must exist (422)", examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11")
        @NotNull UUID localityId,
        @Schema(examples = "FRIENDSHIP") @NotNull PartnershipKind kind,
        @Schema(description = "First day of the relation", examples = "2011-07-06") @NotNull LocalDate since,
        @Schema(description = "Last day, if it ended; not before `since`", examples = "2020-12-31") LocalDate until,
        @Schema(description = "Defaults to ACTIVE", examples = "ACTIVE") PartnershipStatus status,
        @Schema(description = "Free text, searched by `q`", examples = "Memorandum of friendship and cooperation")
        @Size(max = 2000) String note) implements InProvince {

    static final String EXAMPLE = """
            {
              "province": "08",
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "kind": "FRIENDSHIP",
              "since": "2011-07-06",
              "status": "ACTIVE",
              "note": "Bilateral relation kept up under the 2011–2016 plan"
            }""";
}
