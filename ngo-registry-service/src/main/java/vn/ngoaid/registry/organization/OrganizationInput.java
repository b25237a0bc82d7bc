package vn.ngoaid.registry.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.util.List;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Schema(name = "OrganizationInput", examples = OrganizationInput.EXAMPLE, description = "An organization as written by a "
        + "client (POST, and PUT of the whole resource). Its name is unique within its country (409 otherwise).")
public record OrganizationInput(
        @Schema(description = "Name in its own language or English; unique within its country", examples = "Terre des Hommes Deutschland")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Vietnamese name", examples = "Tổ chức Đất của Con người (Đức)")
        @Size(max = 300) String localName,
        @Schema(examples = "TDH") @Size(max = 50) String acronym,
        @Schema(description = "ISO 3166-1 alpha-2 code of the home country", examples = "DE")
        @NotNull @Code(COUNTRY) String countryCode,
        @Schema(examples = "INGO") @NotNull OrganizationType type,
        @Schema(description = "City of the headquarters", examples = "Osnabrück") @Size(max = 300) String headquarters,
        @Schema(examples = "https://www.tdh.de") @Size(max = 500)
        @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL") String website,
        @Schema(examples = "info@tdh.de") @Size(max = 254) @Email String email,
        @Schema(description = "OECD DAC CRS purpose codes of its fields of work", examples = "[\"11220\", \"12220\"]")
        @Size(max = 50) List<@NotNull @Code(SECTOR) String> sectors,
        @Schema(description = "Defaults to ACTIVE", examples = "ACTIVE") OrganizationStatus status) {

    static final String EXAMPLE = """
            {
              "name": "Terre des Hommes Deutschland",
              "localName": "Tổ chức Đất của Con người (Đức)",
              "acronym": "TDH",
              "countryCode": "DE",
              "type": "INGO",
              "headquarters": "Osnabrück",
              "website": "https://www.tdh.de",
              "email": "info@tdh.de",
              "sectors": ["11220", "16010"],
              "status": "ACTIVE"
            }""";
}
