package vn.ngoaid.aid.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.reference.Code;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.CURRENCY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;
import static vn.ngoaid.common.reference.Code.CodeList.SECTOR;

@Schema(name = "ProjectInput", description = "An aid project as written by a client (POST, and PUT of the whole resource)")
public record ProjectInput(
        @Schema(description = "The project's code, unique (case-insensitive)", examples = "QN-2020-007")
        @NotBlank @Size(max = 50) @Pattern(regexp = ProjectInput.CODE_PATTERN, message = "letters, digits and . _ / - only, starting with a letter or digit")
        String code,
        @Schema(examples = "Community-based HIV care in Hạ Long") @NotBlank @Size(max = 500) String title,
        @Schema(description = "Vietnamese title", examples = "Chăm sóc người nhiễm HIV dựa vào cộng đồng tại Hạ Long")
        @Size(max = 500) String localTitle,
        @NotNull @Valid Donor donor,
        @Schema(examples = "PROJECT") @NotNull Modality modality,
        @Schema(description = "DAC sectors with percentages adding up to 100; leave every percentage out to split equally")
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Sector> sectors,
        @Schema(description = "Provinces (and districts) with percentages adding up to 100; leave every percentage out to "
                + "split equally. Province codes must be in force on the approval date (before 2025-07-01: the 63 "
                + "provinces; from then: the 34 units).")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Location> locations,
        @Schema(examples = "PROVINCIAL") @NotNull ApprovalLevel approvalLevel,
        @Schema(description = "Required from APPROVED on; the date the donor's eligibility is checked on")
        @Valid ApprovalDecision approvalDecision,
        @Schema(examples = "2020-04-01") LocalDate startDate,
        @Schema(examples = "2022-12-31") LocalDate endDate,
        @Schema(description = "On a create without it: APPROVED when `approvalDecision` is given (the decision approves "
                + "the project, so its money can be recorded at once), else PROPOSED; on a PUT without it: unchanged. "
                + "A create may record any stage; a PUT may only make a legal move "
                + "(PROPOSED → APPROVED → ONGOING → COMPLETED, SUSPENDED and back, CANCELLED before COMPLETED)",
                examples = "APPROVED") ProjectStatus status,
        @Schema(description = "ISO 4217 currency of the project's own totals", examples = "USD")
        @NotNull @Code(CURRENCY) String currency,
        @Schema(description = "A foreign partner locality of partner-service, when the aid comes through a partnership; "
                + "it must exist there (422), and is checked over REST (503 when partner-service cannot answer)")
        UUID partnerLocalityId,
        @Schema(description = "What the donor plans to disburse per year, in the project's `currency`; each year once and "
                + "within the project's years (from its start, else approval, date to its end date: 422 otherwise). "
                + "Revised by PUT, every revision kept in the audit trail. Left out: none")
        @Size(max = 100) List<@NotNull @Valid PlannedDisbursement> plannedDisbursements,
        @Schema(description = "Who carries the project out in Vietnam: at most one PROJECT_OWNER (chủ dự án), the "
                + "MANAGING_AGENCY (cơ quan chủ quản) and IMPLEMENTING organisations. Left out: none")
        @Size(max = 50) List<@NotNull @Valid Implementer> implementers) {

    /** The planned disbursements, none when left out. */
    public List<PlannedDisbursement> plan() {
        return plannedDisbursements == null ? List.of() : plannedDisbursements;
    }

    /** The implementers, none when left out. */
    public List<Implementer> implementedBy() {
        return implementers == null ? List.of() : implementers;
    }

    @Schema(name = "DonorInput", description = "Either `organizationId` of a registered organization, or `name` and `type` "
            + "(and `countryCode`) of a donor outside the registry")
    public record Donor(
            @Schema(description = "An organization of ngo-registry-service") UUID organizationId,
            @Schema(examples = "Đại sứ quán Trung Quốc tại Việt Nam") @Size(max = 300) String name,
            @Schema(description = "For a donor outside the registry: OVERSEAS_VIETNAMESE, EMBASSY, DOMESTIC or OTHER. "
                    + "With organizationId, name, type and countryCode are the registry's (read-only, as a GET answers "
                    + "them: INGO, FOUNDATION …) and ignored", examples = "EMBASSY") String type,
            @Schema(description = "ISO 3166-1 alpha-2", examples = "CN") @Code(COUNTRY) String countryCode) {
    }

    @Schema(name = "SectorShare")
    public record Sector(
            @Schema(description = "OECD DAC CRS purpose code", examples = "13040") @NotNull @Code(SECTOR) String code,
            @Schema(nullable = true, examples = "60")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal percentage) {
    }

    @Schema(name = "Location")
    public record Location(
            @Schema(description = "GSO province code", examples = "22") @NotNull @Code(PROVINCE) String province,
            @Schema(nullable = true, description = "District inside the province, free text", examples = "Hạ Long")
            @Size(max = 200) String district,
            @Schema(nullable = true, examples = "100")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal percentage) {
    }

    @Schema(name = "ApprovalDecision")
    public record ApprovalDecision(
            @Schema(examples = "1234/QĐ-UBND") @NotBlank @Size(max = 100) String number,
            @Schema(examples = "2020-03-15") @NotNull LocalDate date,
            @Schema(nullable = true, examples = "Ủy ban nhân dân tỉnh Quảng Ninh") @Size(max = 300) String authority) {
    }

    @Schema(name = "PlannedDisbursement")
    public record PlannedDisbursement(
            @Schema(examples = "2021") @NotNull @Min(1945) @Max(2100) Integer year,
            @Schema(description = "In the project's currency, exact; 0 for a year with nothing planned", examples = "50000.00")
            @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 4) BigDecimal amount) {
    }

    @Schema(name = "Implementer")
    public record Implementer(
            @Schema(examples = "Phong Tho District People's Committee") @NotBlank @Size(max = 300) String name,
            @Schema(nullable = true, description = "Vietnamese name", examples = "Ủy ban nhân dân huyện Phong Thổ")
            @Size(max = 300) String localName,
            @Schema(examples = "DISTRICT") @NotNull ImplementerType type,
            @Schema(examples = "PROJECT_OWNER") @NotNull ImplementerRole role) {
    }

    /**
     * A code: Latin letters (Vietnamese's included) and digits, then also {@code . _ / -}. The letters are spelled
     * out as ranges, not {@code \p{L}}, so that JSON Schema's ECMA-262, Java and Python read the pattern alike.
     */
    static final String CODE_PATTERN = "^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]"
            + "[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF._/-]*$";
}
