package vn.ngoaid.aid.aggregate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.aid.rate.RateUsed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(name = "Aggregates", description = "Committed, disbursed and planned money per group, in one currency")
public record AggregateAnswer(
        @Schema(examples = "USD") String currency,
        @Schema(description = "The dimensions asked for, in order", examples = "[\"province\", \"year\"]") List<String> groupBy,
        @Schema(description = "One row per group: its dimension values under their names (`province`, `year`, `sector`, "
                + "`modality`, `organization` (with `donorName`), `donorCountry`, `donorType`, `approvalLevel`, `status`, "
                + "`ownerType`), then `projects` and `organizations` (distinct projects and donors with a transaction or a "
                + "planned disbursement in the group), `committed`, `disbursed` (in `currency`), `disbursementRate`, "
                + "`planned`, `plannedDisbursementRate` (disbursed / planned) and `undisbursed` (committed − disbursed)",
                example = """
                [{"province": "20", "year": 2008, "projects": 12, "organizations": 7, "committed": 1523000.00,
                  "disbursed": 1233630.00, "disbursementRate": 0.81, "planned": 1400000.00, "plannedDisbursementRate": 0.8812,
                  "undisbursed": 289370.00}]""")
        List<Map<String, Object>> rows,
        @Schema(description = "The same figures for the whole filtered set", example = """
                {"projects": 84, "organizations": 41, "committed": 153412000000, "disbursed": 99615000000, "disbursementRate": 0.6493,
                 "planned": 120000000000, "plannedDisbursementRate": 0.8301, "undisbursed": 53797000000}""")
        Map<String, Object> totals,
        @Schema(description = "Every rate the figures were converted with") List<RateUsed> ratesUsed) {

    /**
     * The answer of these groups and totals: each row names its dimension values in groupBy order, then their labels,
     * then its figures; without dimensions the one row is the whole set.
     */
    static AggregateAnswer of(String currency, List<Dimension> groupBy, List<Group> groups, Figures totals,
                              int minorUnitDigits, List<RateUsed> ratesUsed) {
        Map<String, Object> totalsRow = totals.addTo(new LinkedHashMap<>(), minorUnitDigits);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Group group : groupBy.isEmpty() ? List.<Group>of() : groups) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                row.put(groupBy.get(i).apiName(), groupBy.get(i).answered(group.values().get(i)));
            }
            for (Dimension dimension : groupBy) {
                dimension.label().ifPresent(label -> row.put(label.field(), group.labels().get(dimension)));
            }
            rows.add(group.figures().addTo(row, minorUnitDigits));
        }
        return new AggregateAnswer(currency, Dimension.names(groupBy), groupBy.isEmpty() ? List.of(totalsRow) : rows,
                totalsRow, ratesUsed);
    }
}
