package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of the registry's organization list, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrganizationPage(List<RegisteredOrganization> items, int totalPages) {
}
