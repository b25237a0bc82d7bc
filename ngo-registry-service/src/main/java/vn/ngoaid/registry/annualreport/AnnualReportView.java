package vn.ngoaid.registry.annualreport;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.csv.CsvColumns;
import vn.ngoaid.common.record.RecordView;
import vn.ngoaid.common.record.Stamps;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

@Schema(name = "AnnualReport", description = "An organization's report of a year's work, with when it was due")
public record AnnualReportView(
        UUID id,
        UUID organizationId,
        @Schema(description = "The organization's name in the registry now", examples = "Terre des Hommes Deutschland")
        String organizationName,
        @Schema(examples = "2020") int year,
        @Schema(examples = "2021-03-15") LocalDate submittedOn,
        @Schema(description = "When the report was due: the configured month and day of the following year", examples = "2021-03-31")
        LocalDate dueOn,
        @Schema(description = "ON_TIME when submitted on or before `dueOn`, else LATE") Timeliness timeliness,
        List<ReportedProvince> provinces,
        @Schema(nullable = true, examples = "Scholarships in Tràng Định district") String note,
        @JsonUnwrapped Stamps stamps) implements RecordView {

    /** The CSV export: one line per report, its provinces as {@code 20:120000 EUR/95000 EUR/2|22:…}. */
    static final CsvColumns<AnnualReportView> CSV = CsvColumns.ofComponents(AnnualReportView.class, "provinces", "stamps")
            .value("provinces", r -> r.provinces().stream()
                    .map(p -> p.province() + ":" + p.committed().amount().toPlainString() + " " + p.committed().currency()
                            + "/" + p.disbursed().amount().toPlainString() + " " + p.disbursed().currency() + "/" + p.projects())
                    .collect(Collectors.joining("|")))
            .with(AnnualReportView::stamps, Stamps.CSV);

    static AnnualReportView of(AnnualReport r, String organizationName, ReportDue due) {
        return new AnnualReportView(r.id, r.organizationId, organizationName, r.year, r.submittedOn, due.on(r.year),
                due.of(r.year, r.submittedOn), r.provinces.stream().map(ReportedProvince::of).toList(), r.note, Stamps.of(r));
    }
}
