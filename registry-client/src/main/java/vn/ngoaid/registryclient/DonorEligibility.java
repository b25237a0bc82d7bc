package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.UUID;

/** The registry's answer to "may this organization work in this province on this date?", read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DonorEligibility(boolean eligible, UUID organizationId, String organizationName, String countryCode,
                               String organizationType, String province, LocalDate on, UUID registrationId,
                               String reason) {
}
