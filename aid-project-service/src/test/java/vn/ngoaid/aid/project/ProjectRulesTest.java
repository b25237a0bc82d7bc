package vn.ngoaid.aid.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.api.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.ngoaid.aid.project.ProjectStatus.APPROVED;
import static vn.ngoaid.aid.project.ProjectStatus.CANCELLED;
import static vn.ngoaid.aid.project.ProjectStatus.COMPLETED;
import static vn.ngoaid.aid.project.ProjectStatus.ONGOING;
import static vn.ngoaid.aid.project.ProjectStatus.PROPOSED;
import static vn.ngoaid.aid.project.ProjectStatus.SUSPENDED;

/** The status machine and the project's own rules, without a database. */
public class ProjectRulesTest {

    @Test
    void aCreateWithoutStatusIsApprovedByItsDecisionElseProposed() {
        var decision = new ProjectInput.ApprovalDecision("512/QĐ-UBND", LocalDate.of(2019, 4, 22), null);
        assertEquals(APPROVED, ProjectRules.initialStatus(null, decision));
        assertEquals(PROPOSED, ProjectRules.initialStatus(null, null));
        assertEquals(ONGOING, ProjectRules.initialStatus(ONGOING, decision));
        assertEquals(PROPOSED, ProjectRules.initialStatus(PROPOSED, decision));
    }

    /** The legal moves as the domain states them; staying put is always allowed. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> MOVES = Map.of(
            PROPOSED, EnumSet.of(APPROVED, CANCELLED),
            APPROVED, EnumSet.of(ONGOING, SUSPENDED, CANCELLED),
            ONGOING, EnumSet.of(COMPLETED, SUSPENDED, CANCELLED),
            SUSPENDED, EnumSet.of(APPROVED, ONGOING, CANCELLED),
            COMPLETED, EnumSet.noneOf(ProjectStatus.class),
            CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    private static String refused(int status, Executable rule) {
        ApiException e = assertThrows(ApiException.class, rule);
        assertEquals(status, e.status(), e.getMessage());
        return e.getMessage();
    }

    /** A project in this status, in USD; also the transaction rules' fixture. */
    public static Project project(ProjectStatus status) {
        Project project = new Project();
        project.code = "QN-2020-007";
        project.currency = "USD";
        project.status = status;
        return project;
    }

    @Test
    void everyMoveOfTheMachine() {
        for (ProjectStatus from : ProjectStatus.values()) {
            assertEquals(MOVES.get(from), from.next(), "moves from " + from);
            for (ProjectStatus to : ProjectStatus.values()) {
                if (to == from || MOVES.get(from).contains(to)) {
                    assertEquals(to, ProjectRules.statusAfter(from, to));
                } else {
                    refused(409, () -> ProjectRules.statusAfter(from, to));
                }
            }
        }
    }

    @Test
    void aPutWithoutStatusKeepsItAndARefusalNamesTheLegalMoves() {
        assertEquals(COMPLETED, ProjectRules.statusAfter(COMPLETED, null));
        assertEquals("A PROPOSED project cannot become ONGOING; from PROPOSED it can become [APPROVED, CANCELLED].",
                refused(409, () -> ProjectRules.statusAfter(PROPOSED, ONGOING)));
        assertEquals("A CANCELLED project cannot become APPROVED; from CANCELLED it can become nothing: the status is final.",
                refused(409, () -> ProjectRules.statusAfter(CANCELLED, APPROVED)));
    }

    @Test
    void moneyOnlyOnceApprovedAndNotCancelled() {
        for (ProjectStatus status : ProjectStatus.values()) {
            Project project = project(status);
            if (status == PROPOSED || status == CANCELLED) {
                assertEquals("Project QN-2020-007 is " + status + "; commitments and disbursements are recorded once it "
                                + "is approved and not cancelled (corrections are always accepted).",
                        refused(422, () -> ProjectRules.requireAcceptsNewMoney(project)));
            } else {
                ProjectRules.requireAcceptsNewMoney(project);
            }
        }
    }

    @Test
    void theCurrencyStaysOnceMoneyIsRecorded() {
        Project project = project(APPROVED);
        ProjectRules.requireCurrencyKept(project, "USD", () -> fail("not asked when the currency stays"));
        ProjectRules.requireCurrencyKept(project, "EUR", () -> false);
        assertEquals("The currency of project QN-2020-007 cannot change once money is recorded on it: its totals are "
                + "kept in USD.", refused(422, () -> ProjectRules.requireCurrencyKept(project, "EUR", () -> true)));
    }

    @Test
    void eligibilityIsCheckedOnTheApprovalDateElseTheStartElseTheOtherDay() {
        LocalDate approval = LocalDate.of(2020, 3, 15);
        LocalDate start = LocalDate.of(2020, 4, 1);
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(approval, ProjectRules.eligibilityDate(approval, start, today));
        assertEquals(start, ProjectRules.eligibilityDate(null, start, today));
        assertEquals(today, ProjectRules.eligibilityDate(null, null, today));
    }

    private static ProjectInput input(ProjectStatus status, List<ProjectInput.Sector> sectors,
                                      List<ProjectInput.Location> locations, LocalDate start, LocalDate end) {
        ProjectInput.ApprovalDecision decision = status.needsApproval()
                ? new ProjectInput.ApprovalDecision("1234/QĐ-UBND", LocalDate.of(2020, 3, 15), null) : null;
        return new ProjectInput("QN-2020-007", "Title", null, new ProjectInput.Donor(null, "Donor", "OTHER", null),
                Modality.PROJECT, sectors, locations, ApprovalLevel.PROVINCIAL, decision, start, end, status, "USD", null,
                null, null);
    }

    private static ProjectInput.Sector sector(String code, String percentage) {
        return new ProjectInput.Sector(code, percentage == null ? null : new BigDecimal(percentage));
    }

    private static ProjectInput.Location location(String province, String district, String percentage) {
        return new ProjectInput.Location(province, district, percentage == null ? null : new BigDecimal(percentage));
    }

    private static List<String> errors(ProjectInput input, ProjectStatus status) {
        return ProjectRules.fieldErrors(input, status).stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void sharesAreAllGivenAndAddUpTo100OrAllLeftOut() {
        List<ProjectInput.Location> one = List.of(location("22", null, null));
        assertEquals(List.of(), errors(input(APPROVED, List.of(sector("13040", "60.5"), sector("12220", "39.5000")), one,
                null, null), APPROVED));
        assertEquals(List.of(), errors(input(APPROVED, List.of(sector("13040", null), sector("12220", null)), one,
                null, null), APPROVED));
        assertEquals(List.of("sectors: give a percentage for every entry, or for none to split equally"),
                errors(input(APPROVED, List.of(sector("13040", "100"), sector("12220", null)), one, null, null), APPROVED));
        assertEquals(List.of("sectors: percentages add up to 99.9, not 100", "locations: percentages add up to 101, not 100"),
                errors(input(APPROVED, List.of(sector("13040", "60"), sector("12220", "39.9")),
                        List.of(location("22", "Hạ Long", "50"), location("22", "Cẩm Phả", "51")), null, null), APPROVED));
    }

    @Test
    void noSectorOrDistrictTwiceWhateverTheCaseAndAccentsOfTheDistrict() {
        assertEquals(List.of("sectors[1]: is listed twice", "locations[1]: is listed twice", "locations[3]: is listed twice"),
                errors(input(APPROVED, List.of(sector("13040", null), sector("13040", null)),
                        List.of(location("22", "Hạ Long", null), location("22", "ha long", null),
                                location("22", null, null), location("22", null, null), location("20", null, null)),
                        null, null), APPROVED));
    }

    @Test
    void everyStageAfterTheProposalNeedsItsApprovalDecision() {
        List<ProjectInput.Sector> sectors = List.of(sector("13040", null));
        List<ProjectInput.Location> locations = List.of(location("22", null, null));
        for (ProjectStatus status : ProjectStatus.values()) {
            ProjectInput withoutDecision = input(PROPOSED, sectors, locations, null, null);
            List<String> expected = status == PROPOSED || status == CANCELLED ? List.of()
                    : List.of("approvalDecision: is required for a " + status + " project");
            assertEquals(expected, errors(withoutDecision, status), status.name());
        }
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        List<ProjectInput.Sector> sectors = List.of(sector("13040", null));
        List<ProjectInput.Location> locations = List.of(location("22", null, null));
        LocalDate day = LocalDate.of(2020, 4, 1);
        assertEquals(List.of(), errors(input(APPROVED, sectors, locations, day, day), APPROVED));
        assertEquals(List.of(), errors(input(APPROVED, sectors, locations, null, day.minusDays(1)), APPROVED));
        assertEquals(List.of("endDate: must not be before startDate"),
                errors(input(APPROVED, sectors, locations, day, day.minusDays(1)), APPROVED));
    }

    @Test
    void fieldErrorsComeInTheOrderOfTheFields() {
        List<Problem.FieldError> errors = ProjectRules.fieldErrors(input(PROPOSED,
                List.of(sector("13040", "50")), List.of(location("22", null, "50")),
                LocalDate.of(2020, 4, 1), LocalDate.of(2020, 3, 1)), ONGOING);
        assertEquals(List.of("sectors", "locations", "approvalDecision", "endDate"),
                errors.stream().map(Problem.FieldError::field).toList());
    }
}
