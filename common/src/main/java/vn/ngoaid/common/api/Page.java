package vn.ngoaid.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The paging envelope of every list answer. */
@Schema(description = "One page of a list")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Number of items matching the filters, over all pages", examples = "123") long totalItems,
        @Schema(description = "Number of pages", examples = "7") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }
}
