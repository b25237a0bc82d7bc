package vn.ngoaid.partner.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.statistics.GroupedFigures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts of a province's foreign relations per group, in SQL. Every record becomes one row of facts with its
 * province, country, year and direction, and the figures are sums over those facts, so the rows of any grouping add
 * up to the totals:
 * <ul>
 *   <li>{@code localities}: pairs of a province and a foreign locality it is partnered with, each pair once, under the
 *       locality's country and in the year of the pair's earliest partnership within fromYear..toYear;</li>
 *   <li>{@code partnerships}, {@code agreements}, {@code twinnings}: records, under the country of the locality (or of
 *       the agreement's organization or named party), in the year of {@code since} / {@code signedOn} / {@code since};</li>
 *   <li>{@code exchanges}: the sum of {@code delegations} (a batch row counts as its delegations), and
 *       {@code participants} the sum of the known participants, in the year of {@code startDate}.</li>
 * </ul>
 * Direction applies to exchanges only: grouped by direction, the INBOUND and OUTBOUND rows carry exchanges and
 * participants (other figures 0), and the other figures fall in a row whose direction is null.
 */
@ApplicationScoped
public class PartnerStatistics {

    /** API dimension name → column of the facts. */
    static final Map<String, String> DIMENSIONS = Map.of(
            "province", "f.province",
            "country", "f.country",
            "year", "f.year",
            "direction", "f.direction");

    public static final List<String> FIGURES = List.of("localities", "partnerships", "agreements", "twinnings", "exchanges", "participants");

    /** Each figure is the sum of its column of the facts. */
    private static final Map<String, String> SUMS = FIGURES.stream().collect(Collectors.toMap(f -> f,
            f -> "coalesce(sum(f." + f + "), 0)", (a, b) -> a, LinkedHashMap::new));

    private static final String FACTS = """
            WITH facts AS (
              SELECT pair.province, l.country_code AS country, CAST(extract(year FROM pair.first_since) AS integer) AS year,
                     CAST(NULL AS varchar) AS direction,
                     1 AS localities, 0 AS partnerships, 0 AS agreements, 0 AS twinnings, 0 AS exchanges, 0 AS participants
              FROM (SELECT p.province, p.locality_id, min(p.since) AS first_since FROM partnership p
                    WHERE %s GROUP BY p.province, p.locality_id) pair
              JOIN locality l ON l.id = pair.locality_id
              UNION ALL
              SELECT p.province, l.country_code, CAST(extract(year FROM p.since) AS integer), NULL, 0, 1, 0, 0, 0, 0
              FROM partnership p JOIN locality l ON l.id = p.locality_id
              UNION ALL
              SELECT a.province, coalesce(l.country_code, a.country_code), CAST(extract(year FROM a.signed_on) AS integer),
                     NULL, 0, 0, 1, 0, 0, 0
              FROM agreement a LEFT JOIN locality l ON l.id = a.locality_id
              UNION ALL
              SELECT t.province, l.country_code, CAST(extract(year FROM t.since) AS integer), NULL, 0, 0, 0, 1, 0, 0
              FROM twinning t JOIN locality l ON l.id = t.locality_id
              UNION ALL
              SELECT e.province, coalesce(l.country_code, e.country_code), CAST(extract(year FROM e.start_date) AS integer),
                     e.direction, 0, 0, 0, 0, e.delegations, coalesce(e.participants, 0)
              FROM exchange e LEFT JOIN locality l ON l.id = e.locality_id
            )
            """;

    private final EntityManager em;

    public PartnerStatistics(EntityManager em) {
        this.em = em;
    }

    public record Filter(String province, String countryCode, Integer fromYear, Integer toYear) {
    }

    @Schema(name = "PartnerStatistics", description = "Counts of provinces' foreign relations per group")
    public record Answer(
            @Schema(description = "The dimensions asked for, in order", examples = "[\"direction\"]") List<String> groupBy,
            @Schema(description = "One row per group: its dimension values under their names (`province`, `country`, "
                    + "`year`, `direction`) and the figures `localities`, `partnerships`, `agreements`, `twinnings`, "
                    + "`exchanges`, `participants`")
            List<Map<String, Object>> rows,
            @Schema(description = "The same figures over the whole filtered set; each is the sum of the rows") Map<String, Object> totals) {
    }

    public Answer count(List<String> groupBy, Filter filter) {
        // the window decides which partnership of a pair is its first; its years are bound with the filter's below
        String window = "TRUE" + (filter.fromYear() == null ? "" : " AND p.since >= make_date(:fromYear, 1, 1)")
                + (filter.toYear() == null ? "" : " AND p.since <= make_date(:toYear, 12, 31)");
        GroupedFigures grouped = new GroupedFigures(groupBy, DIMENSIONS, SUMS);
        Where where = new Where()
                .equal("f.province", "province", filter.province())
                .equal("f.country", "country", filter.countryCode())
                .atLeast("f.year", "fromYear", filter.fromYear())
                .atMost("f.year", "toYear", filter.toYear());
        Query query = em.createNativeQuery(FACTS.formatted(window) + grouped.select() + "\nFROM facts f\n" + where.clause()
                + "\n" + grouped.groupBy());
        where.map().forEach(query::setParameter);
        GroupedFigures.Answer answer = grouped.read(query);
        return new Answer(groupBy, answer.rows(), answer.totals());
    }
}
