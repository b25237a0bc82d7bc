package vn.ngoaid.aid.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A foreign partner locality as partner-service describes it, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerLocality(UUID id, String name, String countryCode) {
}
