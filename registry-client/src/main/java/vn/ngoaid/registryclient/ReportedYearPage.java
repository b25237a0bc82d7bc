package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of the registry's annual report list, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReportedYearPage(List<ReportedYear> items, int totalPages) {
}
