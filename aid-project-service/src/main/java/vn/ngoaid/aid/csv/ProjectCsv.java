package vn.ngoaid.aid.csv;

import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.DonorType;
import vn.ngoaid.aid.project.ImplementerRole;
import vn.ngoaid.aid.project.ImplementerType;
import vn.ngoaid.aid.project.Modality;
import vn.ngoaid.aid.project.ProjectInput;
import vn.ngoaid.aid.project.ProjectStatus;
import vn.ngoaid.aid.project.ProjectView;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.Stamps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The projects CSV, one row per project, written by {@code GET /api/v1/projects} and read by the import, so that an
 * export imports again: the importable columns first, then read-only ones ({@code id} onwards) that an import
 * ignores. List cells are {@link Cells#list} items: sectors {@code 12220:60|11220:40}; locations
 * {@code 12/Phong Thổ:100|20:0} (province, optional {@code /district}, {@code :percentage}), an item without a
 * percentage (an equal split) written without {@code :percentage}; planned disbursements {@code 2019:1500000000|2020:0}
 * (year, amount); implementers {@code PROJECT_OWNER:DISTRICT:Phong Tho DPC:UBND huyện Phong Thổ|IMPLEMENTING:NGO:CCIHP}
 * (role, type, name, optional Vietnamese name; {@code \} before a {@code | : \} in a name). The two planning columns
 * are optional, so files written before them import as they did. A row is read into the {@link ProjectInput} of the
 * JSON API: only the reading of cells lives here; every rule is the JSON API's.
 */
public final class ProjectCsv {

    public static final CsvColumns<ProjectView> COLUMNS = CsvColumns.of(ProjectView.class)
            .text("code", ProjectView::code)
            .text("title", ProjectView::title)
            .text("localTitle", ProjectView::localTitle)
            .value("donorOrganizationId", p -> p.donor().organizationId())
            .text("donorName", p -> p.donor().name())
            .value("donorType", p -> p.donor().type())
            .value("donorCountryCode", p -> p.donor().countryCode())
            .value("modality", ProjectView::modality)
            .text("sectors", p -> Cells.listCell(p.sectors(), s -> parts(s.code(), s.percentage())))
            .text("locations", p -> Cells.listCell(p.locations(), l -> parts(
                    l.district() == null ? l.province() : l.province() + "/" + l.district(), l.percentage())))
            .value("approvalLevel", ProjectView::approvalLevel)
            .text("approvalDecisionNumber", p -> p.approvalDecision() == null ? null : p.approvalDecision().number())
            .value("approvalDecisionDate", p -> p.approvalDecision() == null ? null : p.approvalDecision().date())
            .text("approvalDecisionAuthority", p -> p.approvalDecision() == null ? null : p.approvalDecision().authority())
            .value("startDate", ProjectView::startDate)
            .value("endDate", ProjectView::endDate)
            .value("status", ProjectView::status)
            .value("currency", ProjectView::currency)
            .value("partnerLocalityId", ProjectView::partnerLocalityId)
            .value("plannedDisbursements", p -> Cells.listCell(p.plannedDisbursements(),
                    d -> parts(String.valueOf(d.year()), d.amount())))
            .text("implementers", p -> Cells.listCell(p.implementers(),
                    i -> Arrays.asList(i.role().name(), i.type().name(), i.name(), i.localName())))
            .value("id", ProjectView::id)
            .value("committed", p -> p.totals().committed())
            .value("disbursed", p -> p.totals().disbursed())
            .value("totalsCurrency", p -> p.totals().currency())
            .value("disbursementRate", p -> p.totals().disbursementRate())
            .with(ProjectView::stamps, Stamps.CSV);

    static final ImportColumns IMPORT = ImportColumns.of(COLUMNS, "id",
            Set.of("code", "title", "modality", "sectors", "locations", "approvalLevel", "currency"));

    /**
     * A row read: the input, or the cells that could not be read. A registered organization named by
     * {@code donorName} and {@code donorCountryCode} (no id) is left for the caller to resolve: {@code namedDonor}.
     */
    record Read(ProjectInput input, NamedDonor namedDonor, List<ImportReport.RowProblem> problems) {
    }

    record NamedDonor(String name, String countryCode) {
    }

    private ProjectCsv() {
    }

    static Read read(CsvFile.Row row) {
        Cells cells = new Cells(row);
        NamedDonor named = null;
        ProjectInput.Donor donor;
        UUID organizationId = cells.parse("donorOrganizationId", (c, v) -> UUID.fromString(v), "a UUID");
        String donorType = row.get("donorType");
        if (organizationId != null) {
            // the export writes the registry's name, type and country next to the id: copies, not input
            donor = new ProjectInput.Donor(organizationId, null, null, null);
        } else if (donorType != null && isOutsideRegistry(donorType)) {
            donor = new ProjectInput.Donor(null, row.get("donorName"), donorType, row.get("donorCountryCode"));
        } else if (donorType != null && !RegistryTypes.ALL.contains(donorType)) {
            cells.problem("donorType", "must be " + Arrays.toString(DonorType.values()) + " for a donor outside the registry, "
                    + "or empty (or a registry type " + RegistryTypes.ALL + ") for a registered organization named by "
                    + "donorName and donorCountryCode");
            donor = new ProjectInput.Donor(null, null, null, null);
        } else {
            if (row.get("donorName") == null) {
                cells.problem("donorName", "is required: give donorOrganizationId, or donorName and donorCountryCode of a "
                        + "registered organization, or donorName and donorType of a donor outside the registry");
            }
            if (row.get("donorCountryCode") == null) {
                cells.problem("donorCountryCode", "is required to find a registered organization by its name");
            }
            if (row.get("donorName") != null && row.get("donorCountryCode") != null) {
                named = new NamedDonor(row.get("donorName"), row.get("donorCountryCode"));
            }
            donor = new ProjectInput.Donor(null, null, null, null);
        }
        ProjectInput.ApprovalDecision decision = null;
        LocalDate decisionDate = cells.date("approvalDecisionDate");
        if (row.get("approvalDecisionNumber") != null || decisionDate != null || row.get("approvalDecisionAuthority") != null) {
            decision = new ProjectInput.ApprovalDecision(row.get("approvalDecisionNumber"), decisionDate,
                    row.get("approvalDecisionAuthority"));
        }
        ProjectInput input = new ProjectInput(
                row.get("code"), row.get("title"), row.get("localTitle"), donor,
                cells.parse("modality", (c, v) -> Modality.valueOf(v), "one of " + Arrays.toString(Modality.values())),
                cells.list("sectors", 2, i -> new ProjectInput.Sector(i.required(0), i.decimal(1)),
                        "a DAC code with an optional percentage: write items as 12220:60|11220:40"),
                cells.list("locations", 2, i -> location(i.required(0), i.decimal(1)),
                        "a province with an optional district and percentage: write items as 12/Phong Thổ:100|20"),
                cells.parse("approvalLevel", (c, v) -> ApprovalLevel.valueOf(v), "one of " + Arrays.toString(ApprovalLevel.values())),
                decision, cells.date("startDate"), cells.date("endDate"),
                cells.parse("status", (c, v) -> ProjectStatus.valueOf(v), "one of " + Arrays.toString(ProjectStatus.values())),
                row.get("currency"),
                cells.parse("partnerLocalityId", (c, v) -> UUID.fromString(v), "a UUID"),
                cells.list("plannedDisbursements", 2, i -> new ProjectInput.PlannedDisbursement(
                                Integer.valueOf(i.required(0)), new BigDecimal(i.required(1))),
                        "a year and an amount: write items as 2019:1500000000|2020:2000000000.50"),
                cells.list("implementers", 4, i -> new ProjectInput.Implementer(i.required(2), i.optional(3),
                                ImplementerType.valueOf(i.required(1)), ImplementerRole.valueOf(i.required(0))),
                        "role:type:name with an optional :Vietnamese name (role one of "
                                + Arrays.toString(ImplementerRole.values()) + ", type one of "
                                + Arrays.toString(ImplementerType.values()) + "; a backslash before | : or \\ in a name): "
                                + "write items as PROJECT_OWNER:DISTRICT:Phong Tho DPC\\: PMU:UBND huyện Phong Thổ|"
                                + "IMPLEMENTING:NGO:CCIHP"));
        return new Read(input, named, cells.problems);
    }

    private static boolean isOutsideRegistry(String type) {
        return Arrays.stream(DonorType.values()).anyMatch(t -> t.name().equals(type));
    }

    /** {@code 12/Phong Thổ} or {@code 12}, with its percentage if any. */
    private static ProjectInput.Location location(String place, BigDecimal percentage) {
        int slash = place.indexOf('/');
        String province = slash < 0 ? place.trim() : place.substring(0, slash).trim();
        String district = slash < 0 ? null : place.substring(slash + 1).trim();
        return new ProjectInput.Location(province, district == null || district.isEmpty() ? null : district, percentage);
    }

    /**
     * The CSV column of a field path of {@link ProjectInput}, as Bean Validation and the service name them
     * ({@code donor.name}, {@code sectors[1].percentage}, {@code approvalDecision.date}).
     */
    static String column(String field) {
        if (field.startsWith("donor.")) {
            return "donor" + capitalised(field.substring("donor.".length()));
        }
        if (field.equals("donor")) {
            return "donorName";
        }
        if (field.startsWith("approvalDecision.")) {
            return "approvalDecision" + capitalised(field.substring("approvalDecision.".length()));
        }
        if (field.equals("approvalDecision")) {
            return "approvalDecisionNumber";
        }
        // an item of a list (sectors[1].percentage) is its list's cell
        int item = field.indexOf('[');
        String name = item < 0 ? field : field.substring(0, item);
        return IMPORT.importable().contains(name) ? name : "row";
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The organization types of ngo-registry-service, which the export writes as donorType of a registered donor. */
    static final class RegistryTypes {
        static final Set<String> ALL = Set.of("INGO", "FOUNDATION", "MULTILATERAL", "BILATERAL_AGENCY", "EMBASSY_FUND", "OTHER");

        private RegistryTypes() {
        }
    }

    /** A key and its number, which an item leaves out when there is none. */
    private static List<String> parts(String key, BigDecimal number) {
        return Arrays.asList(key, number == null ? null : number.stripTrailingZeros().toPlainString());
    }
}
