package vn.ngoaid.registry.registration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.ngoaid.common.api.ApiException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ngoaid.registry.registration.RegistrationKind.OPERATION;
import static vn.ngoaid.registry.registration.RegistrationKind.PROJECT_OFFICE;
import static vn.ngoaid.registry.registration.RegistrationKind.REPRESENTATIVE_OFFICE;
import static vn.ngoaid.registry.registration.RegistrationStatus.ACTIVE;
import static vn.ngoaid.registry.registration.RegistrationStatus.EXPIRED;
import static vn.ngoaid.registry.registration.RegistrationStatus.REVOKED;
import static vn.ngoaid.registry.registration.RegistrationStatus.SUSPENDED;

/** The law on certificates and their status history, without a database. */
class RegistrationRulesTest {

    private static final LocalDate DECREE_58 = LocalDate.of(2022, 11, 1);
    private static final LocalDate BEFORE = DECREE_58.minusDays(1);

    static String refused(int status, Executable rule) {
        ApiException e = assertThrows(ApiException.class, rule);
        assertEquals(status, e.status(), e.getMessage());
        return e.getMessage();
    }

    /** A registration valid from {@code from} to {@code until}, ACTIVE since {@code from}. */
    static Registration registration(String number, LocalDate from, LocalDate until) {
        Registration registration = new Registration();
        registration.kind = OPERATION;
        registration.certificateNumber = number;
        registration.validFrom = from;
        registration.validUntil = until;
        registration.record(ACTIVE, "Registered", from);
        return registration;
    }

    private static void valid(RegistrationKind kind, LocalDate from, LocalDate until) {
        RegistrationRules.checkValidity(kind, from, from, until);
    }

    @Test
    void maximumValidityPerKindFollowsTheRulesOfTheFirstValidDay() {
        for (RegistrationKind kind : RegistrationKind.values()) {
            assertEquals(5, RegistrationRules.maxYears(kind, BEFORE), kind.name());
        }
        assertEquals(3, RegistrationRules.maxYears(OPERATION, DECREE_58));
        assertEquals(5, RegistrationRules.maxYears(REPRESENTATIVE_OFFICE, DECREE_58));
        assertEquals(0, RegistrationRules.maxYears(PROJECT_OFFICE, DECREE_58));
    }

    @Test
    void atMostNYearsEndsOnTheSameCalendarDayNYearsOn() {
        valid(OPERATION, BEFORE, BEFORE.plusYears(5));
        valid(PROJECT_OFFICE, BEFORE, BEFORE.plusYears(5));
        valid(OPERATION, DECREE_58, DECREE_58.plusYears(3));
        valid(REPRESENTATIVE_OFFICE, DECREE_58, DECREE_58.plusYears(5));
        valid(OPERATION, DECREE_58, DECREE_58);
        assertEquals("A OPERATION registration valid from 2022-10-31 may last at most 5 years under the rules in force "
                        + "before 2022-11-01, so until 2027-10-31 at the latest, not 2027-11-01.",
                refused(422, () -> valid(OPERATION, BEFORE, BEFORE.plusYears(5).plusDays(1))));
        assertEquals("A OPERATION registration valid from 2022-11-01 may last at most 3 years under Decree 58/2022/ND-CP, "
                        + "so until 2025-11-01 at the latest, not 2025-11-02.",
                refused(422, () -> valid(OPERATION, DECREE_58, DECREE_58.plusYears(3).plusDays(1))));
        refused(422, () -> valid(REPRESENTATIVE_OFFICE, DECREE_58, DECREE_58.plusYears(5).plusDays(1)));
    }

    @Test
    void noProjectOfficeFromDecree58On() {
        assertEquals("No PROJECT_OFFICE registration can start on or after 2022-11-01: Decree 58/2022/ND-CP issues only "
                        + "OPERATION and REPRESENTATIVE_OFFICE certificates.",
                refused(422, () -> valid(PROJECT_OFFICE, DECREE_58, DECREE_58.plusYears(1))));
    }

    @Test
    void theDatesComeInOrder() {
        assertEquals("validUntil: must not be before validFrom",
                refused(400, () -> valid(OPERATION, DECREE_58, DECREE_58.minusDays(1))));
        assertEquals("issuedOn: must not be after validUntil", refused(400, () -> RegistrationRules.checkValidity(
                OPERATION, DECREE_58.plusDays(1), DECREE_58, DECREE_58)));
        RegistrationRules.checkValidity(OPERATION, DECREE_58, BEFORE, BEFORE.plusYears(1));
    }

    @Test
    void theStatusInEffectOnADateIsTheLastChangeEffectiveByThen() {
        LocalDate from = LocalDate.of(2019, 1, 10);
        Registration r = registration("112/CNV-HĐ", from, LocalDate.of(2023, 12, 31));
        r.record(SUSPENDED, "Decision 45", LocalDate.of(2020, 3, 1));
        r.record(ACTIVE, null, LocalDate.of(2020, 9, 1));
        assertTrue(r.changeInEffectOn(from.minusDays(1)).isEmpty());
        assertEquals(ACTIVE, r.changeInEffectOn(from).orElseThrow().status);
        assertEquals(ACTIVE, r.changeInEffectOn(LocalDate.of(2020, 2, 29)).orElseThrow().status);
        assertEquals(SUSPENDED, r.changeInEffectOn(LocalDate.of(2020, 3, 1)).orElseThrow().status);
        assertEquals(SUSPENDED, r.changeInEffectOn(LocalDate.of(2020, 8, 31)).orElseThrow().status);
        assertEquals(2, r.changeInEffectOn(LocalDate.of(2030, 1, 1)).orElseThrow().sequence);
        assertEquals(r.lastChange(), r.changeInEffectOn(LocalDate.of(2020, 9, 1)).orElseThrow());
    }

    @Test
    void theStatusTodayIsExpiredAfterTheLastValidDayUnlessRevoked() {
        Registration r = registration("112/CNV-HĐ", LocalDate.of(2019, 1, 10), LocalDate.of(2023, 12, 31));
        assertEquals(ACTIVE, r.statusOn(LocalDate.of(2023, 12, 31)));
        assertEquals(EXPIRED, r.statusOn(LocalDate.of(2024, 1, 1)));
        r.record(SUSPENDED, null, LocalDate.of(2020, 1, 1));
        assertEquals(SUSPENDED, r.statusOn(LocalDate.of(2023, 1, 1)));
        assertEquals(EXPIRED, r.statusOn(LocalDate.of(2024, 1, 1)));
        r.record(REVOKED, null, LocalDate.of(2021, 1, 1));
        assertEquals(REVOKED, r.statusOn(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void statusChangesMayBeBackDatedButNotBeforeTheLastOneNorOutsideTheValidity() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Registration r = registration("112/CNV-HĐ", LocalDate.of(2019, 1, 10), LocalDate.of(2023, 12, 31));
        RegistrationRules.checkStatusChange(r, SUSPENDED, LocalDate.of(2019, 1, 10), today);
        r.record(SUSPENDED, null, LocalDate.of(2020, 3, 1));
        RegistrationRules.checkStatusChange(r, ACTIVE, LocalDate.of(2020, 3, 1), today);
        RegistrationRules.checkStatusChange(r, REVOKED, LocalDate.of(2023, 12, 31), today);
        assertEquals("A status change cannot take effect before the last recorded change, effective 2020-03-01.",
                refused(422, () -> RegistrationRules.checkStatusChange(r, ACTIVE, LocalDate.of(2020, 2, 29), today)));
        assertEquals("A status change cannot take effect before the registration's first valid day 2019-01-10.",
                refused(422, () -> RegistrationRules.checkStatusChange(r, ACTIVE, LocalDate.of(2019, 1, 9), today)));
        assertEquals("Registration 112/CNV-HĐ expired on 2023-12-31; a status change on 2024-01-01 would have no effect.",
                refused(409, () -> RegistrationRules.checkStatusChange(r, ACTIVE, LocalDate.of(2024, 1, 1), today)));
        Registration current = registration("7/CNV", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        RegistrationRules.checkStatusChange(current, SUSPENDED, today, today);
        assertEquals("A status change cannot take effect in the future (2026-12-03).",
                refused(422, () -> RegistrationRules.checkStatusChange(current, SUSPENDED, today.plusDays(1), today)));
    }

    @Test
    void onlyLegalMovesOfTheStatus() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Registration r = registration("112/CNV-HĐ", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
        assertEquals("status: must be ACTIVE, SUSPENDED or REVOKED; EXPIRED follows from the validity dates",
                refused(400, () -> RegistrationRules.checkStatusChange(r, EXPIRED, today, today)));
        assertEquals("Registration 112/CNV-HĐ is already ACTIVE.",
                refused(409, () -> RegistrationRules.checkStatusChange(r, ACTIVE, today, today)));
        r.record(REVOKED, null, LocalDate.of(2026, 1, 1));
        for (RegistrationStatus target : new RegistrationStatus[] {ACTIVE, SUSPENDED, REVOKED}) {
            assertEquals("Registration 112/CNV-HĐ is REVOKED; a revoked registration cannot change status.",
                    refused(409, () -> RegistrationRules.checkStatusChange(r, target, today, today)));
        }
    }

    @Test
    void anAmendedValidityKeepsEveryLaterChangeWithinIt() {
        Registration r = registration("112/CNV-HĐ", LocalDate.of(2019, 1, 10), LocalDate.of(2023, 12, 31));
        // the first entry moves with validFrom
        RegistrationRules.checkAmendment(r, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 1));
        r.record(SUSPENDED, null, LocalDate.of(2020, 3, 1));
        RegistrationRules.checkAmendment(r, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1));
        assertEquals("The status change to SUSPENDED effective 2020-03-01 would fall outside the amended validity "
                        + "2020-03-02 to 2024-12-31.",
                refused(409, () -> RegistrationRules.checkAmendment(r, LocalDate.of(2020, 3, 2), LocalDate.of(2024, 12, 31))));
        refused(409, () -> RegistrationRules.checkAmendment(r, LocalDate.of(2019, 1, 10), LocalDate.of(2020, 2, 29)));
    }
}
