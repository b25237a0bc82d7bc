package vn.ngoaid.registry.registration;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ngoaid.common.api.ApiException;
import vn.ngoaid.common.reference.Province;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.registry.organization.Organization;
import vn.ngoaid.registry.organization.OrganizationService;

import java.time.LocalDate;
import java.util.UUID;

/**
 * May an organization run aid activities in a province on a date? {@link EligibilityRules} decides from the
 * registrations covering the province. Provinces are read against the list in force on the date: after the 2025
 * merger, a registration made under an old code covers the unit that succeeded it. Sectors do not matter.
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
        return EligibilityRules.decide(organization, province, on, () -> Registration.<Registration>list(
                        "organizationId", organizationId).stream()
                .filter(r -> r.provinces.stream().anyMatch(code -> reference.provinceCodeOn(code, on).equals(provinceCode)))
                .toList());
    }
}
