package vn.ngoaid.partner.locality;

import java.util.UUID;

/** Filters of the locality list; null means "any". */
public record LocalityFilter(String countryCode, LocalityLevel level, UUID parentId, String q) {
}
