package vn.ngoaid.aid.alert;

import org.junit.jupiter.api.Test;
import vn.ngoaid.registryclient.RegistrationRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration alerts' rule, one case at a time, on 2026-12-02. */
class RegistrationWatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static RegistrationRecord registration(String from, String until, String status, RegistrationRecord.Change... changes) {
        return new RegistrationRecord(UUID.randomUUID(), UUID.randomUUID(), "OPERATION", "T-" + from, LocalDate.parse(from),
                LocalDate.parse(until), List.of("20"), status, List.of(changes));
    }

    private static Optional<RegistrationWatch.Finding> check(int withinDays, RegistrationRecord... covering) {
        return RegistrationWatch.check(List.of(covering), "20", TODAY, withinDays);
    }

    @Test
    void aRegistrationValidBeyondTheWindowRaisesNothing() {
        assertTrue(check(90, registration("2025-01-01", "2027-12-31", "ACTIVE")).isEmpty());
    }

    @Test
    void oneEndingWithinTheWindowIsExpiringAndTheWindowIsTheCallers() {
        RegistrationRecord ending = registration("2024-01-01", "2027-01-31", "ACTIVE");
        RegistrationWatch.Finding finding = check(90, ending).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_EXPIRING, finding.kind());
        assertEquals(LocalDate.of(2027, 1, 31), finding.on());
        assertEquals(ending.id(), finding.registrationId());
        assertTrue(finding.detail().contains("in 60 days"), finding.detail());
        assertTrue(check(59, ending).isEmpty());
    }

    @Test
    void oneWhoseLastDayIsTodayLapsesTomorrow() {
        RegistrationWatch.Finding finding = check(0, registration("2024-01-01", "2026-12-02", "ACTIVE")).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_EXPIRING, finding.kind());
        assertEquals(TODAY, finding.on());
        assertTrue(finding.detail().contains("today"), finding.detail());
    }

    @Test
    void aRenewalRecordedAheadCarriesTheRightOn() {
        assertTrue(check(90, registration("2024-01-01", "2027-01-31", "ACTIVE"),
                registration("2027-02-01", "2030-01-31", "ACTIVE")).isEmpty());
        // a renewal that leaves a gap does not
        assertEquals(AlertKind.REGISTRATION_EXPIRING, check(90, registration("2024-01-01", "2027-01-31", "ACTIVE"),
                registration("2027-03-01", "2030-01-31", "ACTIVE")).orElseThrow().kind());
    }

    @Test
    void aBackDatedSuspensionIsSuspendedFromItsEffectiveDay() {
        RegistrationWatch.Finding finding = check(90, registration("2025-01-01", "2027-12-31", "SUSPENDED",
                new RegistrationRecord.Change("ACTIVE", "Registered", LocalDate.of(2025, 1, 1)),
                new RegistrationRecord.Change("SUSPENDED", "Inspection", LocalDate.of(2026, 10, 1)))).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_SUSPENDED, finding.kind());
        assertEquals(LocalDate.of(2026, 10, 1), finding.on());
    }

    @Test
    void aRevokedOneIsRevoked() {
        RegistrationWatch.Finding finding = check(90, registration("2025-01-01", "2027-12-31", "REVOKED",
                new RegistrationRecord.Change("ACTIVE", "Registered", LocalDate.of(2025, 1, 1)),
                new RegistrationRecord.Change("REVOKED", "Decision 12", LocalDate.of(2026, 6, 15)))).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_REVOKED, finding.kind());
        assertEquals(LocalDate.of(2026, 6, 15), finding.on());
    }

    @Test
    void withoutOneValidTodayTheRightHasLapsed() {
        RegistrationWatch.Finding finding = check(90, registration("2020-01-01", "2022-12-31", "EXPIRED"),
                registration("2023-01-01", "2025-12-31", "EXPIRED")).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_LAPSED, finding.kind());
        assertEquals(LocalDate.of(2026, 1, 1), finding.on());
        RegistrationWatch.Finding never = check(90).orElseThrow();
        assertEquals(AlertKind.REGISTRATION_LAPSED, never.kind());
        assertEquals(null, never.on());
        // one that starts later does not cover today
        assertEquals(AlertKind.REGISTRATION_LAPSED, check(90, registration("2027-01-01", "2029-12-31", "ACTIVE")).orElseThrow().kind());
    }
}
