package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A registration certificate as the registry gives it, read tolerantly: its validity, the provinces it covers, its
 * status today (ACTIVE, SUSPENDED, REVOKED or EXPIRED) and its status changes, oldest first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationRecord(UUID id, UUID organizationId, String kind, String certificateNumber, LocalDate validFrom,
                                 LocalDate validUntil, List<String> provinces, String status, List<Change> history) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String status, String reason, LocalDate effectiveOn) {
    }

    /** The last change to this status, if the registration had one. */
    public java.util.Optional<Change> lastChangeTo(String status) {
        Change found = null;
        for (Change change : history == null ? List.<Change>of() : history) {
            if (change.status().equals(status)) {
                found = change;
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
