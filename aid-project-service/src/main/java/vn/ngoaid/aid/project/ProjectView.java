package vn.ngoaid.aid.project;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Project", description = "An aid project with its running totals")
public record ProjectView(
        UUID id,
        @Schema(examples = "QN-2020-007") String code,
        String title,
        @Schema(nullable = true) String localTitle,
        Donor donor,
        Modality modality,
        List<ProjectInput.Sector> sectors,
        List<ProjectInput.Location> locations,
        ApprovalLevel approvalLevel,
        @Schema(nullable = true) ProjectInput.ApprovalDecision approvalDecision,
        @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        ProjectStatus status,
        @Schema(examples = "USD") String currency,
        @Schema(nullable = true) UUID partnerLocalityId,
        @Schema(description = "By year") List<ProjectInput.PlannedDisbursement> plannedDisbursements,
        List<ProjectInput.Implementer> implementers,
        Totals totals,
        @JsonUnwrapped Stamps stamps) implements RecordView {

    @Schema(name = "Donor", description = "Who gives: a registered organization (name, type and country as the registry "
            + "knew them at the last write) or a donor outside the registry")
    public record Donor(
            @Schema(nullable = true, description = "Set for a registered organization") UUID organizationId,
            @Schema(examples = "World Vision International") String name,
            @Schema(description = "The registry's organization type (INGO, FOUNDATION, MULTILATERAL, BILATERAL_AGENCY, "
                    + "EMBASSY_FUND, OTHER) or OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC, OTHER", examples = "INGO") String type,
            @Schema(nullable = true, examples = "US") String countryCode) {
    }

    @Schema(name = "ProjectTotals", description = "Running totals in the project's currency; a transaction in another "
            + "currency counts at the rates of its own year. Rounded half-even to the currency's minor unit.")
    public record Totals(
            @Schema(examples = "160000.00") BigDecimal committed,
            @Schema(examples = "120000.00") BigDecimal disbursed,
            @Schema(examples = "USD") String currency,
            @Schema(nullable = true, description = "disbursed / committed, 4 decimals; null when nothing is committed",
                    examples = "0.75")
            BigDecimal disbursementRate) {
    }
}
