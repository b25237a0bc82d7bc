package vn.ngoaid.aid.exchange;

import vn.ngoaid.aid.project.ApprovalLevel;
import vn.ngoaid.aid.project.DonorType;
import vn.ngoaid.aid.project.Modality;
import vn.ngoaid.aid.project.ProjectInput;
import vn.ngoaid.aid.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The projects CSV format (shared with the CSV export, so that an export imports again): one row per project, each
 * row read into the {@link ProjectInput} of the JSON API. Only the reading of cells lives here; every rule is the
 * JSON API's.
 */
final class ProjectCsv {

    static final List<String> COLUMNS = List.of("code", "title", "localTitle", "donorOrganizationId", "donorName",
            "donorType", "donorCountryCode", "modality", "sectors", "locations", "approvalLevel", "approvalDecisionNumber",
            "approvalDecisionDate", "approvalDecisionAuthority", "startDate", "endDate", "status", "currency",
            "partnerLocalityId");
    static final Set<String> REQUIRED = Set.of("code", "title", "modality", "sectors", "locations", "approvalLevel",
            "currency");
    /** What the export writes after the importable columns; ignored on import. */
    static final Set<String> READ_ONLY = Set.of("id", "committed", "disbursed", "totalsCurrency", "disbursementRate",
            "createdAt", "createdBy", "updatedAt", "updatedBy");

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
            donor = new ProjectInput.Donor(null, row.get("donorName"), DonorType.valueOf(donorType), row.get("donorCountryCode"));
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
                cells.list("sectors", ProjectCsv::sector),
                cells.list("locations", ProjectCsv::location),
                cells.parse("approvalLevel", (c, v) -> ApprovalLevel.valueOf(v), "one of " + Arrays.toString(ApprovalLevel.values())),
                decision, cells.date("startDate"), cells.date("endDate"),
                cells.parse("status", (c, v) -> ProjectStatus.valueOf(v), "one of " + Arrays.toString(ProjectStatus.values())),
                row.get("currency"),
                cells.parse("partnerLocalityId", (c, v) -> UUID.fromString(v), "a UUID"));
        return new Read(input, named, cells.problems);
    }

    private static boolean isOutsideRegistry(String type) {
        return Arrays.stream(DonorType.values()).anyMatch(t -> t.name().equals(type));
    }

    /** {@code 12220:60} or {@code 12220}. */
    private static ProjectInput.Sector sector(String item) {
        int colon = item.lastIndexOf(':');
        return colon < 0 ? new ProjectInput.Sector(item.trim(), null)
                : new ProjectInput.Sector(item.substring(0, colon).trim(), new BigDecimal(item.substring(colon + 1).trim()));
    }

    /** {@code 12/Phong Thổ:100}, {@code 12:100}, {@code 12/Phong Thổ} or {@code 12}. */
    private static ProjectInput.Location location(String item) {
        String place = item;
        BigDecimal percentage = null;
        int colon = item.lastIndexOf(':');
        if (colon >= 0) {
            place = item.substring(0, colon);
            percentage = new BigDecimal(item.substring(colon + 1).trim());
        }
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
        if (field.startsWith("sectors")) {
            return "sectors";
        }
        if (field.startsWith("locations")) {
            return "locations";
        }
        return COLUMNS.contains(field) ? field : "row";
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

    /** Reads cells of one row, collecting what cannot be read instead of stopping at the first. */
    static final class Cells {
        private final CsvFile.Row row;
        final List<ImportReport.RowProblem> problems = new ArrayList<>();

        Cells(CsvFile.Row row) {
            this.row = row;
        }

        void problem(String column, String message) {
            problems.add(new ImportReport.RowProblem(row.number(), column, message));
        }

        <T> T parse(String column, BiFunction<String, String, T> parse, String expected) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(column, value);
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                problem(column, "'" + value + "' is not " + expected);
                return null;
            }
        }

        LocalDate date(String column) {
            return parse(column, (c, v) -> LocalDate.parse(v), "a date (YYYY-MM-DD)");
        }

        BigDecimal decimal(String column) {
            return parse(column, (c, v) -> new BigDecimal(v), "a number with a point as decimal separator (12500.50)");
        }

        /** Items separated by {@code |}; an empty cell is an empty list, which Bean Validation refuses. */
        <T> List<T> list(String column, java.util.function.Function<String, T> item) {
            String value = row.get(column);
            List<T> items = new ArrayList<>();
            if (value == null) {
                return items;
            }
            for (String part : value.split("\\|")) {
                try {
                    items.add(item.apply(part));
                } catch (NumberFormatException e) {
                    problem(column, "'" + part.trim() + "' has a percentage that is not a number; write items as "
                            + ("sectors".equals(column) ? "12220:60|11220:40" : "12/Phong Thổ:100|20"));
                }
            }
            return items;
        }
    }
}
