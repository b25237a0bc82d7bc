package vn.ngoaid.partner.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.openapi.RecordOperations;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Schema(name = "AgreementInput", examples = {AgreementInput.EXAMPLE, AgreementInput.EXAMPLE_ORGANIZATION}, description = "An international agreement as written by a client (POST, and PUT of the whole resource), "
        + "with exactly one counterpart (400 if none or several): a locality of this service (must exist, 422), an "
        + "organization of ngo-registry-service (asked over REST: unknown is 422, no answer is 503 and nothing is stored; "
        + "its name and country are copied), or a named party with its country. `validUntil` must not be before "
        + "`signedOn` (400).", extensions = @Extension(name = RecordOperations.CALLS, value = "ngo-registry-service"))
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

    static final String EXAMPLE = """
            {
              "province": "20",
              "counterpart": {"localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11"},
              "title": "Agreement on cooperation in agriculture and forestry",
              "localTitle": "Thỏa thuận hợp tác trong lĩnh vực nông, lâm nghiệp",
              "signedOn": "2009-04-15",
              "validUntil": "2014-04-14",
              "sectors": ["31120"],
              "signatoryLevel": "PROVINCIAL_PEOPLES_COMMITTEE",
              "status": "IN_FORCE"
            }""";
    static final String EXAMPLE_ORGANIZATION = """
            {
              "province": "20",
              "counterpart": {"organizationId": "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a"},
              "title": "Cooperation agreement on sustainable agriculture value chains",
              "signedOn": "2010-06-01",
              "sectors": ["31120", "31194"]
            }""";

    @Schema(name = "CounterpartInput", description = "Exactly one of `localityId` (a locality of this service), "
            + "`organizationId` (an organization of ngo-registry-service, checked there: 422 if unknown, 503 if the "
            + "registry does not answer) or `name` (a party known to neither, with its `countryCode` when known). "
            + "With a locality or an organization, `name` and `countryCode` may be left out, and if given must be theirs "
            + "(as a GET answers them: 400 for another name, 422 for another country); `kind` is read-only.")
    public record Counterpart(
            @Schema(examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID localityId,
            @Schema(examples = "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a") UUID organizationId,
            @Schema(examples = "Pingxiang City Chamber of Commerce") @Size(max = 300) String name,
            @Schema(examples = "CN") @Code(COUNTRY) String countryCode) {
    }
}
