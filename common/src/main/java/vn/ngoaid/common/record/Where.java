package vn.ngoaid.common.record;

import io.quarkus.panache.common.Parameters;
import vn.ngoaid.common.text.SearchText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a filtered list, built from filters of which null means "any": each condition given a value is
 * added with its named parameter, the others are left out. Conditions are HQL or SQL as the query is.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** {@code condition}, which names {@code :name}, when {@code value} is not null. */
    public Where add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** A condition without parameters. */
    public Where add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code expression = :name} when {@code value} is not null. */
    public Where equal(String expression, String name, Object value) {
        return add(expression + " = :" + name, name, value);
    }

    /** {@code expression >= :name} when {@code value} is not null. */
    public Where atLeast(String expression, String name, Object value) {
        return add(expression + " >= :" + name, name, value);
    }

    /** {@code expression <= :name} when {@code value} is not null. */
    public Where atMost(String expression, String name, Object value) {
        return add(expression + " <= :" + name, name, value);
    }

    /** The date {@code expression} falls in {@code year} ({@code :yearStart}, {@code :yearEnd}), when it is not null. */
    public Where inYear(String expression, Integer year) {
        if (year != null) {
            conditions.add(expression + " >= :yearStart and " + expression + " <= :yearEnd");
            parameters.and("yearStart", LocalDate.of(year, 1, 1)).and("yearEnd", LocalDate.of(year, 12, 31));
        }
        return this;
    }

    /**
     * {@code condition}, which matches {@code :q} with {@code like :q escape '\'}, when {@code term} has text to
     * search for; {@code :q} is the folded term anywhere (see {@link SearchText#containsPattern}).
     */
    public Where search(String condition, String term) {
        if (term != null && !SearchText.fold(term).isEmpty()) {
            add(condition, "q", SearchText.containsPattern(term));
        }
        return this;
    }

    /** {@code alias.searchText} matches {@code term}: the record's own search text. */
    public Where searchText(String alias, String term) {
        return search(alias + ".searchText like :q escape '\\'", term);
    }

    /** Empty without conditions, else {@code " where "} and the conditions joined by {@code and}. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The parameters by name, for a native query. */
    public Map<String, Object> map() {
        return parameters.map();
    }
}
