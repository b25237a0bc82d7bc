package vn.ngoaid.partner.twinning;

import java.util.UUID;

/** Filters of the twinning list; null means "any". */
public record TwinningFilter(String province, String countryCode, UUID localityId, DomesticUnitLevel domesticLevel, String q) {
}
