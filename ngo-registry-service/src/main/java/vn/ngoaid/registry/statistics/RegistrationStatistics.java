package vn.ngoaid.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.label.Labelled;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.reference.ReferenceData;
import vn.ngoaid.common.statistics.GroupedFigures;
import vn.ngoaid.registry.registration.RegistrationKind;

import java.util.List;
import java.util.Map;

/**
 * Counts distinct organizations with a registration ACTIVE at some time in each group, in SQL. A registration is
 * active over the stretches of its validity in which its status in effect was ACTIVE; it counts in a year when such
 * a stretch overlaps that year, and in a province when it covers the province: by the code it was recorded with, or,
 * when asked, by the code of the unit that succeeded it on 1 July 2025.
 */
@ApplicationScoped
public class RegistrationStatistics {

    /** API dimension name → SQL expression. */
    static final Map<String, String> DIMENSIONS = Map.of(
            "province", "p.code",
            "year", "y.year",
            "country", "o.country_code");

    /** The stretches in which each registration was ACTIVE within its validity ({@code active}), as CTEs. */
    static final String ACTIVE_PERIODS = """
            WITH periods AS (
              SELECT r.organization_id, r.provinces, r.kind, h.status,
                     greatest(h.effective_on, r.valid_from) AS first_day,
                     least(coalesce(lead(h.effective_on) OVER w - 1, r.valid_until), r.valid_until) AS last_day
              FROM registration r JOIN registration_status_change h ON h.registration_id = r.id
              WINDOW w AS (PARTITION BY h.registration_id ORDER BY h.sequence)
            ), active AS (
              SELECT * FROM periods WHERE status = 'ACTIVE' AND first_day <= last_day
            )
            """;

    private final EntityManager em;
    /** VALUES list mapping every code of the list before 1 July 2025 to its successor. */
    private final String successorTable;

    public RegistrationStatistics(EntityManager em, ReferenceData reference) {
        this.em = em;
        this.successorTable = reference.successorsAsSqlValues();
    }

    /** Which province codes the rows use: as recorded, or rolled up to the units in force since 1 July 2025. */
    public enum ProvinceVintage implements Labelled {
        RECORDED, CURRENT;
    }

    public record Filter(String province, String countryCode, RegistrationKind kind, Integer fromYear, Integer toYear,
                         ProvinceVintage provinceVintage) {
    }

    @Schema(name = "RegistrationStatistics", description = "Counts of registered organizations per group")
    public record Answer(
            @Schema(description = "The dimensions asked for, in order", examples = "[\"province\", \"year\"]") List<String> groupBy,
            @Schema(description = "One row per group: its dimension values under their names (`province`, `year`, "
                    + "`country`) and `organizations`, the number of distinct organizations active in the group")
            List<Map<String, Object>> rows,
            @Schema(description = "`organizations`: distinct organizations over the whole filtered set") Map<String, Object> totals) {
    }

    public Answer count(List<String> groupBy, Filter filter) {
        boolean byYear = groupBy.contains("year");
        GroupedFigures grouped = new GroupedFigures(groupBy, DIMENSIONS,
                Map.of("organizations", "count(DISTINCT a.organization_id)"));
        StringBuilder sql = new StringBuilder(ACTIVE_PERIODS).append(grouped.select());
        sql.append("\nFROM active a JOIN organization o ON o.id = a.organization_id\n");
        if (groupBy.contains("province") || filter.province() != null) {
            if (filter.provinceVintage() == ProvinceVintage.CURRENT) {
                sql.append("CROSS JOIN LATERAL (SELECT coalesce(s.successor, r.code) AS code FROM unnest(a.provinces) AS r(code) ")
                        .append("LEFT JOIN ").append(successorTable).append(" AS s(code, successor) ON s.code = r.code) AS p\n");
            } else {
                sql.append("CROSS JOIN LATERAL unnest(a.provinces) AS p(code)\n");
            }
        }
        if (byYear) {
            sql.append("CROSS JOIN LATERAL generate_series(extract(year FROM a.first_day)::int, "
                    + "extract(year FROM a.last_day)::int) AS y(year)\n");
        }
        Where where = new Where()
                .equal("p.code", "province", filter.province())
                .equal("o.country_code", "country", filter.countryCode())
                .equal("a.kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .add(byYear ? "y.year >= :fromYear" : "a.last_day >= make_date(:fromYear, 1, 1)", "fromYear", filter.fromYear())
                .add(byYear ? "y.year <= :toYear" : "a.first_day <= make_date(:toYear, 12, 31)", "toYear", filter.toYear());
        sql.append(where.clause()).append('\n');
        sql.append(grouped.groupBy());
        Query query = em.createNativeQuery(sql.toString());
        where.map().forEach(query::setParameter);
        GroupedFigures.Answer answer = grouped.read(query);
        return new Answer(groupBy, answer.rows(), answer.totals());
    }
}
