package vn.ngoaid.common.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code groupBy} parameter of a statistics or aggregates answer, read alike in every service: dimensions
 * comma-separated ({@code groupBy=province,year}, how the documents describe it and generated clients send it) or
 * repeated ({@code groupBy=province&groupBy=year}), in the given order.
 */
public final class GroupBy {

    private GroupBy() {
    }

    /**
     * The dimensions asked for; none when the parameter is absent or blank.
     *
     * @param known the dimensions the answer has
     * @throws ApiException 400 naming {@code groupBy} on an unknown dimension or one named twice
     */
    public static List<String> parse(List<String> groupBy, Collection<String> known) {
        List<String> dimensions = new ArrayList<>();
        for (String value : groupBy == null ? List.<String>of() : groupBy) {
            for (String name : value.split(",")) {
                String dimension = name.trim();
                if (dimension.isEmpty()) {
                    continue;
                }
                if (!known.contains(dimension)) {
                    throw ApiException.invalid("groupBy", "unknown dimension '" + dimension + "'; use "
                            + String.join(", ", known.stream().sorted().toList()));
                }
                if (dimensions.contains(dimension)) {
                    throw ApiException.invalid("groupBy", "'" + dimension + "' is named twice");
                }
                dimensions.add(dimension);
            }
        }
        return dimensions;
    }
}
