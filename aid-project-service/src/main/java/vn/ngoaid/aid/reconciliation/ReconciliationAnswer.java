package vn.ngoaid.aid.reconciliation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.aid.rate.RateUsed;
import vn.ngoaid.common.csv.CsvColumns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Reconciliation", description = "What organizations reported beside what the provinces recorded, per "
        + "organization, province and year, in one currency")
public record ReconciliationAnswer(
        @Schema(examples = "USD") String currency,
        @Schema(description = "The relative difference still MATCHED", examples = "0.01") BigDecimal tolerance,
        List<Row> rows,
        Totals totals,
        @Schema(description = "Every rate the recorded and reported figures were converted with") List<RateUsed> ratesUsed) {

    @Schema(name = "ReconciliationRow")
    public record Row(
            UUID organizationId,
            @Schema(description = "The donor's name as the projects record it, else as the registry gives it",
                    examples = "Terre des Hommes Deutschland") String donorName,
            @Schema(examples = "20") String province,
            @Schema(examples = "2020") int year,
            @Schema(description = "From the province's transactions: money split by the projects' location shares, "
                    + "converted with the year's rates, and the projects with a transaction") Figures recorded,
            @Schema(nullable = true, description = "The organization's annual report line for the province, converted "
                    + "with the year's rates; null when it reported nothing for the province that year") Reported reported,
            @Schema(nullable = true, description = "reported − recorded; null when nothing was reported") Variance variance,
            ReconciliationStatus status) {
    }

    @Schema(name = "ReconciledFigures")
    public record Figures(@Schema(examples = "120000.00") BigDecimal committed, @Schema(examples = "95000.00") BigDecimal disbursed,
                          @Schema(examples = "2") long projects) {

        static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, 0);

        Figures plus(Figures other) {
            return new Figures(committed.add(other.committed), disbursed.add(other.disbursed), projects + other.projects);
        }
    }

    @Schema(name = "ReportedFigures")
    public record Reported(@Schema(description = "The annual report in ngo-registry-service") UUID reportId,
                           @Schema(examples = "118500.00") BigDecimal committed, @Schema(examples = "95000.00") BigDecimal disbursed,
                           @Schema(examples = "2") long projects) {

        Figures figures() {
            return new Figures(committed, disbursed, projects);
        }
    }

    @Schema(name = "ReconciliationVariance")
    public record Variance(@Schema(examples = "-1500.00") BigDecimal committed, @Schema(examples = "0.00") BigDecimal disbursed) {

        static final Variance NONE = new Variance(BigDecimal.ZERO, BigDecimal.ZERO);

        Variance plus(Variance other) {
            return new Variance(committed.add(other.committed), disbursed.add(other.disbursed));
        }
    }

    @Schema(name = "ReconciliationTotals", description = "The rows' figures added up")
    public record Totals(Figures recorded,
                         @Schema(description = "Of the rows with a report") Figures reported,
                         @Schema(description = "Of the rows with a report") Variance variance,
                         @Schema(description = "How many rows have each status", examples =
                                 "{\"MATCHED\": 12, \"DIFFERS\": 2, \"NOT_REPORTED\": 3, \"NOT_RECORDED\": 1}")
                         Map<ReconciliationStatus, Long> statuses) {
    }

    /** The CSV export: a line per row, nested figures flattened ({@code recordedCommitted}, {@code reportedCommitted} …). */
    static final CsvColumns<Row> CSV = CsvColumns.ofComponents(Row.class);
}
