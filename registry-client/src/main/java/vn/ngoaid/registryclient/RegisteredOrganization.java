package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** An organization as the registry describes it, read tolerantly: fields added there do not break the callers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredOrganization(UUID id, String name, String countryCode, String type, String status) {
}
