package vn.ngoaid.registry.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.registry.organization.OrganizationType;
import vn.ngoaid.common.label.Labelled;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Eligibility", description = "Whether an organization may run aid activities in a province on a date",
        requiredProperties = {"eligible", "organizationId", "organizationName", "countryCode", "organizationType",
                "province", "on"})
// the basis and registration only when eligible, the reason only when not
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Eligibility(
        @Schema(examples = "true") boolean eligible,
        UUID organizationId,
        @Schema(description = "Name and country, so a caller can record the donor without another call",
                examples = "World Vision International") String organizationName,
        @Schema(examples = "US") String countryCode,
        OrganizationType organizationType,
        @Schema(examples = "20") String province,
        @Schema(examples = "2020-06-01") LocalDate on,
        @Schema(description = "REGISTRATION: a registration covers it; NOT_REQUIRED: this type of donor needs none")
        Basis basis,
        @Schema(description = "The registration that makes it eligible") UUID registrationId,
        @Schema(examples = "112/CNV-HĐ") String certificateNumber,
        @Schema(examples = "2021-12-31") LocalDate validUntil,
        @Schema(description = "Why it is not eligible", examples = "Registration 112/CNV-HĐ expired on 2019-12-31.")
        String reason) {

    public enum Basis implements Labelled {
        REGISTRATION, NOT_REQUIRED;
    }
}
