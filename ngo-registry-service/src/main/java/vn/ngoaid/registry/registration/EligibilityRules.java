package vn.ngoaid.registry.registration;

import vn.ngoaid.common.reference.Province;
import vn.ngoaid.registry.organization.Organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The answer to "may this organization run aid activities in this province on this date?", from the registrations
 * that cover the province: yes when it needs no registration, or when one of them is within its validity that day
 * and was ACTIVE by the status in effect that day; otherwise no, with the reason of the registration nearest to
 * making it eligible.
 */
final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * @param province the provincial unit in force on {@code on}
     * @param covering the organization's registrations covering the province on {@code on}; asked only when the
     *                 organization needs a registration
     */
    static Eligibility decide(Organization organization, Province province, LocalDate on,
                              Supplier<List<Registration>> covering) {
        if (!organization.type.needsRegistration()) {
            return answer(organization, province, on, Eligibility.Basis.NOT_REQUIRED, null, null);
        }
        List<Registration> registrations = covering.get();
        List<Registration> inValidity = registrations.stream()
                .filter(r -> !on.isBefore(r.validFrom) && !on.isAfter(r.validUntil))
                .sorted(Comparator.comparing((Registration r) -> r.validUntil).reversed())
                .toList();
        for (Registration r : inValidity) {
            if (r.changeInEffectOn(on).map(c -> c.status == RegistrationStatus.ACTIVE).orElse(false)) {
                return answer(organization, province, on, Eligibility.Basis.REGISTRATION, r, null);
            }
        }
        return answer(organization, province, on, null, null,
                reasonNotEligible(organization, province, on, registrations, inValidity));
    }

    private static String reasonNotEligible(Organization organization, Province province, LocalDate on,
                                            List<Registration> covering, List<Registration> inValidity) {
        if (!inValidity.isEmpty()) {
            Registration r = inValidity.get(0);
            RegistrationStatusChange change = r.changeInEffectOn(on).orElseThrow();
            return "Registration " + r.certificateNumber + " was " + change.status + " on " + on + " (since "
                    + change.effectiveOn + (change.reason == null ? "" : ": " + change.reason) + ").";
        }
        Optional<Registration> expired = covering.stream().filter(r -> r.validUntil.isBefore(on))
                .max(Comparator.comparing(r -> r.validUntil));
        if (expired.isPresent()) {
            return "Registration " + expired.get().certificateNumber + " covering " + province.name() + " expired on "
                    + expired.get().validUntil + ".";
        }
        Optional<Registration> later = covering.stream().filter(r -> r.validFrom.isAfter(on))
                .min(Comparator.comparing(r -> r.validFrom));
        if (later.isPresent()) {
            return "Registration " + later.get().certificateNumber + " covering " + province.name()
                    + " is valid only from " + later.get().validFrom + ".";
        }
        return "No registration of " + organization.name + " covers province " + province.code() + " ("
                + province.name() + ").";
    }

    private static Eligibility answer(Organization o, Province province, LocalDate on, Eligibility.Basis basis,
                                      Registration registration, String reason) {
        return new Eligibility(basis != null, o.id, o.name, o.countryCode, o.type, province.code(), on, basis,
                registration == null ? null : registration.id,
                registration == null ? null : registration.certificateNumber,
                registration == null ? null : registration.validUntil, reason);
    }
}
