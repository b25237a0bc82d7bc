package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** An organization as the registry describes it, read tolerantly: fields added there do not break the callers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredOrganization(UUID id, String name, String countryCode, String type, String status) {

    /**
     * The organization types that need a registration to work in a province: foreign NGOs and foundations (and
     * others), not embassies, multilateral banks or bilateral agencies (Decree 58/2022/ND-CP; the registry's
     * {@code OrganizationType.needsRegistration}, which its eligibility answers follow).
     */
    public static final java.util.Set<String> NEEDING_REGISTRATION = java.util.Set.of("INGO", "FOUNDATION", "OTHER");
}
