package vn.ngoaid.common.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The {@code groupBy} parameter of a statistics answer: comma-separated dimensions, each once, in the given order. */
public final class GroupBy {

    private GroupBy() {
    }

    /**
     * The dimensions asked for; none when the parameter is absent or blank.
     *
     * @param known the dimensions the answer has
     * @throws ApiException 400 naming {@code groupBy} on an unknown dimension
     */
    public static List<String> parse(String groupBy, Collection<String> known) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of();
        }
        List<String> dimensions = Arrays.stream(groupBy.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
        for (String dimension : dimensions) {
            if (!known.contains(dimension)) {
                throw ApiException.invalid("groupBy", "unknown dimension '" + dimension + "'; use " + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return dimensions;
    }
}
