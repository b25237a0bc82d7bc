package vn.ngoaid.common.api;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated page request: page from 0, size 1..200, and a sort on one of the fields a list allows
 * ({@code sort=name,asc}). Sort fields are mapped to query expressions here so that no client text reaches a query.
 */
public record PageRequest(int page, int size, String orderBy) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** The page of {@code paging}, sorted by {@code sort}: see {@link #of(Integer, Integer, String, Map, String)}. */
    public static PageRequest of(Paging paging, String sort, Map<String, String> sortable, String defaultSort) {
        return of(paging.page, paging.size, sort, sortable, defaultSort);
    }

    /**
     * @param sortable   API field name → query expression it sorts by
     * @param defaultSort used when {@code sort} is absent, in the same {@code field,direction} form
     */
    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if (p > Integer.MAX_VALUE / s) {
            throw ApiException.invalid("page", "is too large");
        }
        String raw = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = raw.split(",", -1);
        String field = parts[0].trim();
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        String expression = sortable.get(field);
        if (expression == null || parts.length > 2) {
            throw ApiException.invalid("sort", "must be one of " + sortable.keySet().stream().sorted()
                    .collect(Collectors.joining(", ")) + ", optionally followed by ,asc or ,desc");
        }
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ApiException.invalid("sort", "direction must be asc or desc");
        }
        return new PageRequest(p, s, expression + " " + direction);
    }

    public int offset() {
        return page * size;
    }
}
