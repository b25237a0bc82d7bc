package vn.ngoaid.partner.exchange;

import java.time.LocalDate;
import java.util.UUID;

/** Filters of the exchange list; null means "any". */
public record ExchangeFilter(String province, ExchangeDirection direction, String countryCode, UUID localityId,
                             UUID organizationId, LocalDate fromDate, LocalDate toDate, Integer year, String q) {
}
