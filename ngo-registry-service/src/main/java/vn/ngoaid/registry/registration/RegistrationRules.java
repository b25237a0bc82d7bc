package vn.ngoaid.registry.registration;

import vn.ngoaid.common.api.ApiException;

import java.time.LocalDate;
import java.util.Set;

/**
 * The law on registration certificates, in one place. Validity follows the rules in force on the first valid day:
 * from 1 November 2022 (Decree 58/2022/ND-CP) an operation certificate lasts at most 3 years, a representative office
 * certificate at most 5, and no project office certificate is issued; before that day (Decree 12/2012/ND-CP and
 * earlier rules) every kind lasts at most 5 years. "At most N years" means the last valid day is no later than the
 * same calendar day N years on.
 */
public final class RegistrationRules {

    public static final LocalDate DECREE_58_IN_FORCE = LocalDate.of(2022, 11, 1);

    private static final Set<RegistrationStatus> SETTABLE = Set.of(
            RegistrationStatus.ACTIVE, RegistrationStatus.SUSPENDED, RegistrationStatus.REVOKED);

    private RegistrationRules() {
    }

    public static int maxYears(RegistrationKind kind, LocalDate validFrom) {
        if (validFrom.isBefore(DECREE_58_IN_FORCE)) {
            return 5;
        }
        return switch (kind) {
            case OPERATION -> 3;
            case REPRESENTATIVE_OFFICE -> 5;
            case PROJECT_OFFICE -> 0;
        };
    }

    public static void checkValidity(RegistrationKind kind, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil) {
        if (validUntil.isBefore(validFrom)) {
            throw ApiException.invalid("validUntil", "must not be before validFrom");
        }
        if (issuedOn.isAfter(validUntil)) {
            throw ApiException.invalid("issuedOn", "must not be after validUntil");
        }
        int years = maxYears(kind, validFrom);
        if (years == 0) {
            throw ApiException.ruleBroken("No PROJECT_OFFICE registration can start on or after " + DECREE_58_IN_FORCE
                    + ": Decree 58/2022/ND-CP issues only OPERATION and REPRESENTATIVE_OFFICE certificates.");
        }
        LocalDate lastAllowed = validFrom.plusYears(years);
        if (validUntil.isAfter(lastAllowed)) {
            String law = validFrom.isBefore(DECREE_58_IN_FORCE) ? "the rules in force before " + DECREE_58_IN_FORCE
                    : "Decree 58/2022/ND-CP";
            throw ApiException.ruleBroken("A " + kind + " registration valid from " + validFrom + " may last at most "
                    + years + " years under " + law + ", so until " + lastAllowed + " at the latest, not " + validUntil + ".");
        }
    }

    /**
     * An amended validity keeps the status history: its first entry moves with validFrom, and every later change must
     * still fall within the new validity.
     */
    public static void checkAmendment(Registration registration, LocalDate validFrom, LocalDate validUntil) {
        for (RegistrationStatusChange change : registration.history.subList(1, registration.history.size())) {
            if (change.effectiveOn.isBefore(validFrom) || change.effectiveOn.isAfter(validUntil)) {
                throw ApiException.conflict("The status change to " + change.status + " effective " + change.effectiveOn
                        + " would fall outside the amended validity " + validFrom + " to " + validUntil + ".");
            }
        }
    }

    /**
     * Legal transitions: ACTIVE ↔ SUSPENDED, either → REVOKED; nothing leaves REVOKED. The change takes effect on
     * {@code effectiveOn}, which may lie in the past but not before the last recorded change, nor outside the
     * validity, nor in the future.
     */
    public static void checkStatusChange(Registration registration, RegistrationStatus target, LocalDate effectiveOn, LocalDate today) {
        if (!SETTABLE.contains(target)) {
            throw ApiException.invalid("status", "must be ACTIVE, SUSPENDED or REVOKED; EXPIRED follows from the validity dates");
        }
        RegistrationStatus current = registration.status;
        if (current == RegistrationStatus.REVOKED) {
            throw ApiException.conflict("Registration " + registration.certificateNumber
                    + " is REVOKED; a revoked registration cannot change status.");
        }
        if (current == target) {
            throw ApiException.conflict("Registration " + registration.certificateNumber + " is already " + target + ".");
        }
        if (effectiveOn.isAfter(today)) {
            throw ApiException.ruleBroken("A status change cannot take effect in the future (" + effectiveOn + ").");
        }
        if (effectiveOn.isBefore(registration.validFrom)) {
            throw ApiException.ruleBroken("A status change cannot take effect before the registration's first valid day "
                    + registration.validFrom + ".");
        }
        if (effectiveOn.isAfter(registration.validUntil)) {
            throw ApiException.conflict("Registration " + registration.certificateNumber + " expired on "
                    + registration.validUntil + "; a status change on " + effectiveOn + " would have no effect.");
        }
        LocalDate last = registration.lastChange().effectiveOn;
        if (effectiveOn.isBefore(last)) {
            throw ApiException.ruleBroken("A status change cannot take effect before the last recorded change, effective "
                    + last + ".");
        }
    }
}
