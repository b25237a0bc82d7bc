package vn.ngoaid.registry.annualreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.money.Money;
import vn.ngoaid.common.reference.Code;

import static vn.ngoaid.common.api.Decimals.plain;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

/** What an annual report says of one province: the same shape in the input and in the view. */
@Schema(name = "ReportedProvince", description = "What the organization reports of its year in one province")
public record ReportedProvince(
        @Schema(description = "GSO code of the province, a unit at some time in the report's year", examples = "20")
        @NotNull @Code(PROVINCE) String province,
        @Schema(description = "Money it committed in the province that year") @NotNull @Valid Money committed,
        @Schema(description = "Money it disbursed in the province that year") @NotNull @Valid Money disbursed,
        @Schema(description = "Projects it ran in the province that year", examples = "3")
        @NotNull @Min(0) @Max(100000) Integer projects) {

    static ReportedProvince of(AnnualReport.ProvinceLine line) {
        return new ReportedProvince(line.province, new Money(plain(line.committedAmount), line.committedCurrency),
                new Money(plain(line.disbursedAmount), line.disbursedCurrency), line.projects);
    }

    AnnualReport.ProvinceLine line() {
        AnnualReport.ProvinceLine line = new AnnualReport.ProvinceLine();
        line.province = province;
        line.committedAmount = committed.amount();
        line.committedCurrency = committed.currency();
        line.disbursedAmount = disbursed.amount();
        line.disbursedCurrency = disbursed.currency();
        line.projects = projects;
        return line;
    }
}
