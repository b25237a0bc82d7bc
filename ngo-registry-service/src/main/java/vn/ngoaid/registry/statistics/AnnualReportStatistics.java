package vn.ngoaid.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.record.Where;
import vn.ngoaid.common.statistics.GroupedFigures;
import vn.ngoaid.common.time.Timestamps;
import vn.ngoaid.registry.annualreport.ReportDue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who was expected to report on which year, and how they did, in SQL. An organization is expected to report on a
 * province and a year when one of its OPERATION registrations covering the province was ACTIVE at some time in that
 * year (the same stretches as {@link RegistrationStatistics}); years after the current one expect nothing yet. Each
 * such (organization, province, year) is one expected report: reported on time, late, missing once the due day has
 * passed, or pending before it. Reports of a province and year that nobody expected count apart, as unexpected.
 * Since every figure counts reports, the rows of any grouping add up to the totals.
 */
@ApplicationScoped
public class AnnualReportStatistics {

    /** API dimension name → SQL expression. */
    static final Map<String, String> DIMENSIONS = Map.of("province", "o.province", "year", "o.year",
            "organization", "o.organization_id");

    /** API figure name → SQL aggregate, in the order of the answer. */
    static final Map<String, String> FIGURES = figures();

    private static final String OBLIGATIONS = """
            , expected AS (
              SELECT DISTINCT a.organization_id, p.code AS province, y.year
              FROM active a
              CROSS JOIN LATERAL unnest(a.provinces) AS p(code)
              CROSS JOIN LATERAL generate_series(extract(year FROM a.first_day)::int, extract(year FROM a.last_day)::int) AS y(year)
              WHERE a.kind = 'OPERATION' AND y.year <= :currentYear
            ), reported AS (
              SELECT r.organization_id, l.province, r.year,
                     r.submitted_on <= make_date(r.year + 1, :dueMonth, :dueDay) AS on_time
              FROM annual_report r JOIN annual_report_province l ON l.annual_report_id = r.id
            ), o AS (
              SELECT coalesce(e.organization_id, r.organization_id) AS organization_id,
                     coalesce(e.province, r.province) AS province, coalesce(e.year, r.year) AS year,
                     e.organization_id IS NOT NULL AS expected, r.on_time,
                     make_date(coalesce(e.year, r.year) + 1, :dueMonth, :dueDay) < :today AS overdue
              FROM expected e FULL JOIN reported r
                ON r.organization_id = e.organization_id AND r.province = e.province AND r.year = e.year
            )
            """;

    private final EntityManager em;
    private final ReportDue due;

    public AnnualReportStatistics(EntityManager em, ReportDue due) {
        this.em = em;
        this.due = due;
    }

    public record Filter(String province, Integer year, Integer fromYear, Integer toYear, UUID organizationId) {
    }

    @Schema(name = "AnnualReportStatistics", description = "Expected annual reports per group and how they came")
    public record Answer(
            @Schema(description = "The dimensions asked for, in order", examples = "[\"province\", \"year\"]") List<String> groupBy,
            @Schema(description = "One row per group: its dimension values under their names (`province`, `year`, "
                    + "`organization`), then "
                    + "`expected` (organization × province × year with an OPERATION registration ACTIVE at some time in the "
                    + "year and covering the province), `onTime` and `late` (of those, reported by or after the due day), "
                    + "`missing` (not reported, due day passed), `pending` (not reported, not yet due), and `unexpected` "
                    + "(reported without such a registration; not part of `expected`). "
                    + "expected = onTime + late + missing + pending. Grouped by year, a row also gives `dueOn`, the day that "
                    + "year's reports are due.")
            List<Map<String, Object>> rows,
            @Schema(description = "The same figures over the whole filtered set; the rows add up to them") Map<String, Object> totals) {
    }

    public Answer count(List<String> groupBy, Filter filter) {
        LocalDate today = Timestamps.today();
        GroupedFigures grouped = new GroupedFigures(groupBy, DIMENSIONS, FIGURES);
        Where where = new Where()
                .equal("o.province", "province", filter.province())
                .equal("o.year", "year", filter.year())
                .atLeast("o.year", "fromYear", filter.fromYear())
                .atMost("o.year", "toYear", filter.toYear())
                .equal("o.organization_id", "organizationId", filter.organizationId());
        String sql = RegistrationStatistics.ACTIVE_PERIODS + OBLIGATIONS + grouped.select() + "\nFROM o"
                + where.clause() + "\n" + grouped.groupBy();
        Query query = em.createNativeQuery(sql)
                .setParameter("currentYear", today.getYear())
                .setParameter("dueMonth", due.month())
                .setParameter("dueDay", due.day())
                .setParameter("today", today);
        where.map().forEach(query::setParameter);
        GroupedFigures.Answer answer = grouped.read(query);
        if (groupBy.contains("year")) {
            answer.rows().forEach(row -> row.put("dueOn", due.on(((Number) row.get("year")).intValue())));
        }
        return new Answer(groupBy, answer.rows(), answer.totals());
    }

    private static Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("expected", "count(*) FILTER (WHERE o.expected)");
        figures.put("onTime", "count(*) FILTER (WHERE o.expected AND o.on_time)");
        figures.put("late", "count(*) FILTER (WHERE o.expected AND NOT o.on_time)");
        figures.put("missing", "count(*) FILTER (WHERE o.expected AND o.on_time IS NULL AND o.overdue)");
        figures.put("pending", "count(*) FILTER (WHERE o.expected AND o.on_time IS NULL AND NOT o.overdue)");
        figures.put("unexpected", "count(*) FILTER (WHERE NOT o.expected)");
        return figures;
    }
}
