package vn.ngoaid.registry.annualreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AnnualReportInput", examples = AnnualReportInput.EXAMPLE, description = "An organization's report of a "
        + "year's work as submitted to the authorities: per province, what it committed and disbursed (in the currencies it "
        + "reported in) and how many projects it ran. One report per organization and year (409 for a second); a province "
        + "appears once in a report (400). It was submitted once the year had begun and not after today (422).")
public record AnnualReportInput(
        @Schema(description = "The year reported on", examples = "2020") @NotNull @Min(1980) @Max(2100) Integer year,
        @Schema(description = "The day the authorities received the report", examples = "2021-03-15") @NotNull LocalDate submittedOn,
        @Schema(description = "One line per province it worked in; none for a year without work in Vietnam")
        @NotNull @Size(max = 63) List<@NotNull @Valid ReportedProvince> provinces,
        @Schema(description = "Free text", examples = "Scholarships in Tràng Định district") @Size(max = 2000) String note) {

    static final String EXAMPLE = """
            {
              "year": 2020,
              "submittedOn": "2021-03-15",
              "provinces": [
                {"province": "20", "committed": {"amount": 120000, "currency": "EUR"},
                 "disbursed": {"amount": 95000, "currency": "EUR"}, "projects": 2}
              ],
              "note": "Scholarships in Tràng Định district"
            }""";
}
