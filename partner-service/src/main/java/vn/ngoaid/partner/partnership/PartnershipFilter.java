package vn.ngoaid.partner.partnership;

import java.util.UUID;

/** Filters of the partnership list; null means "any". */
public record PartnershipFilter(String province, String countryCode, UUID localityId, PartnershipKind kind,
                                PartnershipStatus status, String q) {
}
