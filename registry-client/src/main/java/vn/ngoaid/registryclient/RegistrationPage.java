package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of the registry's registration list, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistrationPage(List<RegistrationRecord> items, int totalPages) {
}
