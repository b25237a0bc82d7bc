package vn.ngoaid.registry.annualreport;

import java.util.UUID;

/** Filters of the annual report list; null means "any". */
public record AnnualReportFilter(Integer year, String province, UUID organizationId, Timeliness timeliness) {
}
