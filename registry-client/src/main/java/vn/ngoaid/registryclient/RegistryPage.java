package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of one of the registry's lists, read tolerantly. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryPage<T>(List<T> items, int totalPages) {

    List<T> itemsOrNone() {
        return items == null ? List.of() : items;
    }
}
