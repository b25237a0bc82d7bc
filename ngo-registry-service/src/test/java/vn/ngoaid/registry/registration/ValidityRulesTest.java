package vn.ngoaid.registry.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ngoaid.registry.Fixtures.assertProblem;
import static vn.ngoaid.registry.Fixtures.createOrganization;
import static vn.ngoaid.registry.Fixtures.postRegistration;
import static vn.ngoaid.registry.Fixtures.registration;

/**
 * The longest validity follows the rules in force on validFrom: before 2022-11-01 every kind at most 5 years; from
 * 2022-11-01 (Decree 58/2022) OPERATION at most 3 years, REPRESENTATIVE_OFFICE at most 5, no new PROJECT_OFFICE.
 * "At most N years" ends on validFrom.plusYears(N) inclusive.
 */
@QuarkusTest
class ValidityRulesTest {

    private static final LocalDate DECREE_58 = LocalDate.of(2022, 11, 1);

    private String org;

    @BeforeEach
    void organization() {
        org = createOrganization();
    }

    private void accepted(String kind, LocalDate from, LocalDate until) {
        postRegistration(org, registration(kind, from, until, "20")).statusCode(201)
                .body("kind", equalTo(kind)).body("validUntil", equalTo(until.toString()));
    }

    private void refused(String kind, LocalDate from, LocalDate until) {
        assertProblem(postRegistration(org, registration(kind, from, until, "20")), 422)
                .body("type", equalTo("urn:problem:ngo-aid:domain-rule"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATION", "PROJECT_OFFICE", "REPRESENTATIVE_OFFICE"})
    void beforeDecree58EveryKindLastsAtMostFiveYears(String kind) {
        LocalDate from = LocalDate.of(2018, 3, 15);
        accepted(kind, from, from.plusYears(5));
        refused(kind, from, from.plusYears(5).plusDays(1));
        refused(kind, from, from.plusYears(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPERATION", "PROJECT_OFFICE", "REPRESENTATIVE_OFFICE"})
    void theDayBeforeDecree58StillFollowsTheOldRules(String kind) {
        LocalDate from = DECREE_58.minusDays(1);
        accepted(kind, from, from.plusYears(5));
        refused(kind, from, from.plusYears(5).plusDays(1));
    }

    @Test
    void fiveYearsFromALeapDayEndsOnTheLastDayOfFebruary() {
        LocalDate from = LocalDate.of(2016, 2, 29);
        accepted("OPERATION", from, LocalDate.of(2021, 2, 28));
        refused("OPERATION", from, LocalDate.of(2021, 3, 1));
    }

    @Test
    void fromDecree58AnOperationLastsAtMostThreeYears() {
        accepted("OPERATION", DECREE_58, DECREE_58.plusYears(3));
        assertProblem(postRegistration(org, registration("OPERATION", DECREE_58, DECREE_58.plusYears(3).plusDays(1), "20")), 422)
                .body("detail", containsString("3 years"));
        refused("OPERATION", DECREE_58, DECREE_58.plusYears(5));
        LocalDate later = LocalDate.of(2024, 5, 20);
        accepted("OPERATION", later, later.plusYears(3));
        refused("OPERATION", later, later.plusYears(3).plusDays(1));
    }

    @Test
    void fromDecree58ARepresentativeOfficeLastsAtMostFiveYears() {
        accepted("REPRESENTATIVE_OFFICE", DECREE_58, DECREE_58.plusYears(5));
        refused("REPRESENTATIVE_OFFICE", DECREE_58, DECREE_58.plusYears(5).plusDays(1));
        LocalDate later = LocalDate.of(2023, 8, 1);
        accepted("REPRESENTATIVE_OFFICE", later, later.plusYears(4));
        refused("REPRESENTATIVE_OFFICE", later, later.plusYears(5).plusDays(1));
    }

    @Test
    void fromDecree58NoNewProjectOffice() {
        assertProblem(postRegistration(org, registration("PROJECT_OFFICE", DECREE_58, DECREE_58.plusYears(1), "20")), 422)
                .body("detail", containsString("PROJECT_OFFICE"));
        refused("PROJECT_OFFICE", DECREE_58, DECREE_58);
        refused("PROJECT_OFFICE", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }

    @Test
    void theRuleDependsOnValidFromNotOnIssuedOn() {
        // issued under the old rules, but valid from Decree 58 on: the new rules apply
        var body = registration("OPERATION", DECREE_58, DECREE_58.plusYears(4), "20");
        body.put("issuedOn", "2022-10-01");
        assertProblem(postRegistration(org, body), 422);
        // issued under Decree 58, valid from before it: the old rules apply
        var old = registration("OPERATION", DECREE_58.minusDays(1), DECREE_58.minusDays(1).plusYears(5), "20");
        old.put("issuedOn", "2022-11-15");
        postRegistration(org, old).statusCode(201);
    }
}
