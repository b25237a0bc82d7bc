package vn.ngoaid.registry.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StatusChangeInput", examples = StatusChangeInput.EXAMPLE, description = "A decision that suspends, reinstates or revokes a registration")
public record StatusChangeInput(
        @Schema(description = "ACTIVE, SUSPENDED or REVOKED", examples = "SUSPENDED") @NotNull RegistrationStatus status,
        @Schema(examples = "Activities outside the registered provinces (decision 45/QĐ-BNG)") @Size(max = 1000) String reason,
        @Schema(description = "Day it takes effect; may be in the past, defaults to today", examples = "2020-03-01")
        LocalDate effectiveOn) {

    /** A suspension, back-dated. */
    static final String EXAMPLE = """
            {"status": "SUSPENDED", "reason": "Activities outside the registered provinces", "effectiveOn": "2020-03-01"}""";
}
