package vn.ngoaid.aid.aggregate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The aggregates' dimensions: the groupBy name, the column of the rollup's cells ({@code aggregate_cell}, migration V4)
 * holding the value, whether the views (V6) keep figures per value, and the value a filter asks for. The schema's
 * table {@code aggregate_dimension} (V9) defines the same for the SQL side, and a test compares the two: a new
 * dimension is an entry here and a migration that adds its column and its row there.
 */
public enum Dimension {
    PROVINCE("province", "province", true, AggregateFilter::province),
    /** Filtered by a range of years, not by a value. */
    YEAR("year", "year", false, filter -> null),
    SECTOR("sector", "sector", true, AggregateFilter::sector),
    MODALITY("modality", "modality", true, filter -> name(filter.modality())),
    /** A donor outside the registry has no organization id: its key is its type and name, its row carries null. */
    ORGANIZATION("organization", "donor_key", false,
            filter -> filter.organizationId() == null ? null : filter.organizationId().toString()) {
        @Override
        Object answered(Object key) {
            String value = (String) key;
            return value != null && value.length() == 36 && value.charAt(8) == '-' ? UUID.fromString(value) : null;
        }

        @Override
        Optional<Label> label() {
            return Optional.of(new Label("donorName", "donor_name"));
        }
    },
    DONOR_COUNTRY("donorCountry", "donor_country_code", true, AggregateFilter::donorCountry),
    DONOR_TYPE("donorType", "donor_type", true, AggregateFilter::donorType),
    APPROVAL_LEVEL("approvalLevel", "approval_level", true, filter -> name(filter.approvalLevel())),
    STATUS("status", "status", true, filter -> name(filter.status())),
    /** The project owner's type; a project without an owner has none (its rows carry null). */
    OWNER_TYPE("ownerType", "owner_type", true, filter -> name(filter.ownerType()));

    /** The names, for the API's documentation, which needs a constant (a test keeps it equal to the entries). */
    public static final String NAMES = "province, year, sector, modality, organization, donorCountry, donorType, "
            + "approvalLevel, status, ownerType";

    /** A name the answer gives with each value, from a column of the cells. */
    record Label(String field, String column) {
    }

    private final String apiName;
    private final String column;
    private final boolean viewed;
    private final Function<AggregateFilter, Object> filtered;

    Dimension(String apiName, String column, boolean viewed, Function<AggregateFilter, Object> filtered) {
        this.apiName = apiName;
        this.column = column;
        this.viewed = viewed;
        this.filtered = filtered;
    }

    /** Every dimension's groupBy name. */
    public static final List<String> API_NAMES = Arrays.stream(values()).map(Dimension::apiName).toList();

    public static Optional<Dimension> named(String name) {
        return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
    }

    static List<String> names(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::apiName).toList();
    }

    /** The groupBy name, also the dimension's name in the views and in the answer's rows. */
    public String apiName() {
        return apiName;
    }

    /** The column of {@code aggregate_cell} holding the value. */
    String column() {
        return column;
    }

    /** Whether the views keep figures per value of it. */
    boolean viewed() {
        return viewed;
    }

    /** The value the filter asks for, or null. */
    Object filtered(AggregateFilter filter) {
        return filtered.apply(filter);
    }

    /** The value as an answer's row gives it. */
    Object answered(Object value) {
        return value;
    }

    Optional<Label> label() {
        return Optional.empty();
    }

    private static Object name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
