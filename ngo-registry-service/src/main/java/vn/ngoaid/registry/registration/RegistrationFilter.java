package vn.ngoaid.registry.registration;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the registration lists; null means "any". */
public record RegistrationFilter(String province, RegistrationKind kind, RegistrationStatus status, LocalDate activeOn,
                                 LocalDate expiringBefore, UUID organizationId, String q) {

    public static RegistrationFilter ofOrganization(UUID organizationId) {
        return new RegistrationFilter(null, null, null, null, null, organizationId, null);
    }
}
