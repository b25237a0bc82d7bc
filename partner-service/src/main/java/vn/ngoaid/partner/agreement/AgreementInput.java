package vn.ngoaid.partner.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Schema(name = "AgreementInput", description = "An international agreement as written by a client (POST, and PUT of the whole resource)")
public record AgreementInput(
        @Schema(description = "GSO code of the Vietnamese province, read against the list in force on `signedOn`", examples = "20")
        @NotNull @Code(PROVINCE) String province,
        @Schema(description = "The other party: exactly one of `localityId`, `organizationId`, `name` (400 otherwise)")
        @NotNull @Valid Counterpart counterpart,
        @Schema(examples = "Agreement on cooperation in agriculture and forestry") @NotBlank @Size(max = 500) String title,
        @Schema(description = "Vietnamese title", examples = "Thỏa thuận hợp tác nông nghiệp và lâm nghiệp") @Size(max = 500) String localTitle,
        @Schema(examples = "2009-04-15") @NotNull LocalDate signedOn,
        @Schema(description = "Last valid day, if limited; not before `signedOn` (400). Past it the agreement shows EXPIRED",
                examples = "2014-04-14") LocalDate validUntil,
        @Schema(description = "OECD DAC CRS purpose codes of its fields", examples = "[\"31120\"]")
        @Size(max = 50) List<@NotNull @Code(SECTOR) String> sectors,
        @Schema(description = "Who signed for the Vietnamese side; defaults to PROVINCIAL_PEOPLES_COMMITTEE "
                + "(signed in the name of the provincial People's Committee)", examples = "PROVINCIAL_PEOPLES_COMMITTEE")
        SignatoryLevel signatoryLevel,
        @Schema(description = "IN_FORCE (default) or TERMINATED; EXPIRED is not written, it follows from `validUntil` (400)",
                examples = "IN_FORCE") AgreementStatus status,
        @Schema(description = "Free text, searched by `q`") @Size(max = 2000) String note) implements InProvince {

    @Schema(name = "CounterpartInput", description = "Exactly one of `localityId` (a locality of this service), "
            + "`organizationId` (an organization of ngo-registry-service, checked there: 422 if unknown, 503 if the "
            + "registry does not answer) or `name` (a party known to neither, with its `countryCode`). `countryCode` is "
            + "required with `name`; with a locality or an organization it may be left out, and if given must be theirs (422).")
    public record Counterpart(
            @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID localityId,
            @Schema(examples = "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a") UUID organizationId,
            @Schema(examples = "Pingxiang City Chamber of Commerce") @Size(max = 300) String name,
            @Schema(examples = "CN") @Code(COUNTRY) String countryCode) {
    }
}
