package vn.ngoaid.registry.registration;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.registry.organization.Organization;
import vn.ngoaid.registry.organization.OrganizationService;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * May an organization run aid activities in a province on a date? Yes when it needs no registration, or when one
 * of its registrations covers the province, is within its validity that day, and was ACTIVE by the status in effect
 * that day. Provinces are read against the list in force on the date: after the 2025 merger, a registration made
 * under an old code covers the unit that succeeded it. Sectors do not matter.
 */
@ApplicationScoped
public class EligibilityService {

    private final OrganizationService organizations;
    private final ReferenceData reference;

    public EligibilityService(OrganizationService organizations, ReferenceData reference) {
        this.organizations = organizations;
        this.reference = reference;
    }

    public Eligibility check(UUID organizationId, String provinceCode, LocalDate on) {
        Organization organization = organizations.find(organizationId);
        Province province = reference.provinceOn(provinceCode, on).orElseThrow(() -> ApiException.invalid("province",
                provinceCode + " is not a provincial unit in force on " + on + "; codes are read against the list of that day"));
        if (!organization.type.needsRegistration()) {
            return answer(organization, provinceCode, on, Eligibility.Basis.NOT_REQUIRED, null, null);
        }
        List<Registration> covering = Registration.<Registration>list("organizationId", organizationId).stream()
                .filter(r -> r.provinces.stream().anyMatch(code -> reference.provinceCodeOn(code, on).equals(provinceCode)))
                .toList();
        List<Registration> inValidity = covering.stream()
                .filter(r -> !on.isBefore(r.validFrom) && !on.isAfter(r.validUntil))
                .sorted(Comparator.comparing((Registration r) -> r.validUntil).reversed())
                .toList();
        for (Registration r : inValidity) {
            if (r.changeInEffectOn(on).map(c -> c.status == RegistrationStatus.ACTIVE).orElse(false)) {
                return answer(organization, provinceCode, on, Eligibility.Basis.REGISTRATION, r, null);
            }
        }
        return answer(organization, provinceCode, on, null, null, reasonNotEligible(organization, province, on, covering, inValidity));
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

    private static Eligibility answer(Organization o, String province, LocalDate on, Eligibility.Basis basis,
                                      Registration registration, String reason) {
        return new Eligibility(basis != null, o.id, o.name, o.countryCode, o.type, province, on, basis,
                registration == null ? null : registration.id,
                registration == null ? null : registration.certificateNumber,
                registration == null ? null : registration.validUntil, reason);
    }
}
