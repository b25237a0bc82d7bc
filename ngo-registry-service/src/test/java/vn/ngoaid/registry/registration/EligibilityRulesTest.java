package vn.ngoaid.registry.registration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.registry.organization.Organization;
import vn.ngoaid.registry.organization.OrganizationType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.ngoaid.registry.registration.RegistrationRulesTest.registration;

/** Eligibility from the registrations covering a province, without a database. */
class EligibilityRulesTest {

    private static final Province LANG_SON = new Province("20", "Lạng Sơn", null, null, null, "Lạng Sơn");
    private static final LocalDate ON = LocalDate.of(2020, 6, 1);

    private final Organization organization = new Organization();

    @BeforeEach
    void worldVision() {
        organization.name = "World Vision International";
        organization.countryCode = "US";
        organization.type = OrganizationType.INGO;
    }

    private Eligibility decide(List<Registration> covering) {
        return EligibilityRules.decide(organization, LANG_SON, ON, () -> covering);
    }

    @Test
    void anOrganizationThatNeedsNoRegistrationIsEligibleWithoutOne() {
        for (OrganizationType type : OrganizationType.values()) {
            organization.type = type;
            if (type.needsRegistration()) {
                assertFalse(EligibilityRules.decide(organization, LANG_SON, ON, List::of).eligible(), type.name());
                continue;
            }
            Eligibility answer = EligibilityRules.decide(organization, LANG_SON, ON,
                    () -> fail("registrations are not read for " + type));
            assertEquals(new Eligibility(true, organization.id, "World Vision International", "US", type, "20", ON,
                    Eligibility.Basis.NOT_REQUIRED, null, null, null, null), answer);
        }
    }

    @Test
    void aRegistrationWithinItsValidityAndActiveThatDayMakesItEligible() {
        Registration r = registration("112/CNV-HĐ", ON, ON.plusYears(3));
        Eligibility answer = decide(List.of(r));
        assertTrue(answer.eligible());
        assertEquals(Eligibility.Basis.REGISTRATION, answer.basis());
        assertEquals(r.id, answer.registrationId());
        assertEquals("112/CNV-HĐ", answer.certificateNumber());
        assertEquals(ON.plusYears(3), answer.validUntil());
        assertNull(answer.reason());
        assertTrue(decide(List.of(registration("1/A", ON.minusYears(3), ON))).eligible());
    }

    @Test
    void theStatusInEffectThatDayCountsEvenWhenRecordedLater() {
        Registration suspendedAfter = registration("112/CNV-HĐ", ON.minusYears(1), ON.plusYears(1));
        suspendedAfter.record(RegistrationStatus.SUSPENDED, "Decision 45", ON.plusDays(1));
        assertTrue(decide(List.of(suspendedAfter)).eligible());

        Registration suspended = registration("112/CNV-HĐ", ON.minusYears(1), ON.plusYears(1));
        suspended.record(RegistrationStatus.SUSPENDED, "Decision 45", ON);
        Eligibility answer = decide(List.of(suspended));
        assertFalse(answer.eligible());
        assertNull(answer.basis());
        assertNull(answer.registrationId());
        assertEquals("Registration 112/CNV-HĐ was SUSPENDED on 2020-06-01 (since 2020-06-01: Decision 45).", answer.reason());
        suspended.record(RegistrationStatus.REVOKED, null, ON);
        assertEquals("Registration 112/CNV-HĐ was REVOKED on 2020-06-01 (since 2020-06-01).", decide(List.of(suspended)).reason());
    }

    @Test
    void anyActiveRegistrationWithinItsValidityServesAndTheLongestRefusesFirst() {
        Registration longest = registration("9/LONG", ON.minusYears(1), ON.plusYears(2));
        longest.record(RegistrationStatus.SUSPENDED, null, ON.minusDays(1));
        Registration shorter = registration("8/SHORT", ON.minusYears(1), ON.plusYears(1));
        assertEquals(shorter.id, decide(List.of(longest, shorter)).registrationId());
        shorter.record(RegistrationStatus.SUSPENDED, null, ON.minusDays(2));
        assertTrue(decide(List.of(shorter, longest)).reason().startsWith("Registration 9/LONG was SUSPENDED"));
    }

    @Test
    void outsideEveryValidityTheReasonNamesTheLatestExpiredThenTheEarliestToCome() {
        Registration expiredLong = registration("1/OLD", ON.minusYears(5), ON.minusYears(2));
        Registration expiredLast = registration("2/OLD", ON.minusYears(3), ON.minusDays(1));
        Registration comesLast = registration("4/NEW", ON.plusYears(1), ON.plusYears(3));
        Registration comesFirst = registration("3/NEW", ON.plusDays(1), ON.plusYears(3));
        assertEquals("Registration 2/OLD covering Lạng Sơn expired on 2020-05-31.",
                decide(List.of(expiredLong, comesFirst, expiredLast, comesLast)).reason());
        assertEquals("Registration 3/NEW covering Lạng Sơn is valid only from 2020-06-02.",
                decide(List.of(comesLast, comesFirst)).reason());
        Eligibility none = decide(List.of());
        assertFalse(none.eligible());
        assertEquals("No registration of World Vision International covers province 20 (Lạng Sơn).", none.reason());
    }
}
