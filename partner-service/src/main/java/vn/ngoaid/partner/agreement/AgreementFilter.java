package vn.ngoaid.partner.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the agreement list; null means "any". */
public record AgreementFilter(String province, String countryCode, UUID localityId, UUID organizationId,
                              AgreementStatus status, SignatoryLevel signatoryLevel, String sector,
                              LocalDate signedFrom, LocalDate signedTo, Integer year, String q) {
}
