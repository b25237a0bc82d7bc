package vn.ngoaid.common.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.time.Timestamps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Measures a service's {@link QualityChecks} per province and over all, one SQL statement per check: how many
 * records each check looked at ({@code total}, distinct records), how many fail it, and the first failing ids. A
 * province's score is the mean, over the checks that looked at any of its records, of the share of records passing,
 * as a percentage with one decimal; every check weighs the same, however many records it looks at.
 */
@ApplicationScoped
public class DataQuality {

    /** How many failing ids a check names. */
    static final int SAMPLES = 5;

    private final EntityManager em;
    private final QualityChecks checks;

    public DataQuality(EntityManager em, QualityChecks checks) {
        this.em = em;
        this.checks = checks;
    }

    @Schema(name = "DataQuality", description = "Data quality per province and over all the service's records")
    public record Answer(List<Row> rows, @Schema(description = "The same checks over every province together") Row totals) {
    }

    @Schema(name = "DataQualityRow")
    public record Row(@Schema(nullable = true, description = "GSO code; null in totals", examples = "20") String province,
                      @Schema(description = "0–100: the mean, over the checks with records to look at, of the percentage of "
                              + "records that pass", examples = "87.5") BigDecimal score,
                      List<CheckResult> checks) {
    }

    @Schema(name = "DataQualityCheck")
    public record CheckResult(@Schema(examples = "MISSING_DISTRICT") String check,
                              @Schema(examples = "Project locations without a district") String description,
                              @Schema(examples = "3") long failing,
                              @Schema(examples = "24") long total,
                              @Schema(description = "The first failing records' ids, at most " + SAMPLES) List<UUID> sampleIds) {
    }

    public Answer measure(String province) {
        Map<String, List<CheckResult>> byProvince = new TreeMap<>();
        List<CheckResult> all = new ArrayList<>();
        for (QualityCheck check : checks.checks()) {
            String sql = "WITH records AS (" + check.sql() + ")\n"
                    + "SELECT province, count(DISTINCT id) AS total, count(DISTINCT id) FILTER (WHERE failing) AS failing,\n"
                    + "  array_to_string((array_agg(DISTINCT id::text) FILTER (WHERE failing))[1:" + SAMPLES + "], ',') AS samples,\n"
                    + "  grouping(province) AS total_row\n"
                    + "FROM records" + (province == null ? "" : " WHERE province = :province")
                    + "\nGROUP BY GROUPING SETS ((province), ())";
            Query query = em.createNativeQuery(sql);
            if (sql.contains(":today")) {
                query.setParameter("today", Timestamps.today());
            }
            if (province != null) {
                query.setParameter("province", province);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> results = query.getResultList();
            for (Object[] result : results) {
                CheckResult measured = new CheckResult(check.name(), check.description(), ((Number) result[2]).longValue(),
                        ((Number) result[1]).longValue(), result[3] == null ? List.of()
                        : Arrays.stream(((String) result[3]).split(",")).map(UUID::fromString).toList());
                if (((Number) result[4]).intValue() != 0) {
                    all.add(measured);
                } else {
                    byProvince.computeIfAbsent((String) result[0], p -> new ArrayList<>()).add(measured);
                }
            }
        }
        List<Row> rows = byProvince.entrySet().stream()
                .map(e -> new Row(e.getKey(), score(e.getValue()), everyCheck(e.getValue()))).toList();
        return new Answer(rows, new Row(null, score(all), everyCheck(all)));
    }

    /** The results in the order of the checks, with a check that looked at none of the records as 0 of 0. */
    private List<CheckResult> everyCheck(List<CheckResult> measured) {
        return checks.checks().stream().map(check -> measured.stream().filter(r -> r.check().equals(check.name())).findFirst()
                .orElse(new CheckResult(check.name(), check.description(), 0, 0, List.of()))).toList();
    }

    /** The mean share of passing records over the checks that looked at any; 100 when none did. */
    static BigDecimal score(List<CheckResult> results) {
        List<CheckResult> applied = results.stream().filter(r -> r.total() > 0).toList();
        if (applied.isEmpty()) {
            return BigDecimal.valueOf(100).setScale(1, RoundingMode.HALF_UP);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CheckResult result : applied) {
            sum = sum.add(BigDecimal.valueOf(result.total() - result.failing())
                    .divide(BigDecimal.valueOf(result.total()), 10, RoundingMode.HALF_EVEN));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applied.size()), 1, RoundingMode.HALF_UP);
    }
}
