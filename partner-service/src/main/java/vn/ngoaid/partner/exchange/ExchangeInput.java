package vn.ngoaid.partner.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ngoaid.common.openapi.RecordOperations;
import vn.ngoaid.common.record.InProvince;
import vn.ngoaid.common.reference.Code;

import java.time.LocalDate;
import java.util.UUID;

import static vn.ngoaid.common.reference.Code.CodeList.COUNTRY;
import static vn.ngoaid.common.reference.Code.CodeList.PROVINCE;

@Schema(name = "ExchangeInput", examples = {ExchangeInput.EXAMPLE, ExchangeInput.EXAMPLE_BATCH}, description = "A delegation or exchange activity, or a batch of them, as written by a client "
        + "(POST, and PUT of the whole resource). The counterpart is a locality, an organization, both, or only a country; "
        + "a single delegation must name at least one of them (400); a batch (`delegations` > 1) from or to several "
        + "countries may name none. One delegation has `delegations` 1 (the default); a batch totalled by a report has more "
        + "(e.g. one row per year and direction). A locality must exist (422); an organization is asked of "
        + "ngo-registry-service over REST (unknown 422, no answer 503 and nothing stored; its name and country are "
        + "copied). `endDate` not before `startDate` (400); `participants` at least `delegations` (400).",
        extensions = @Extension(name = RecordOperations.CALLS, value = "ngo-registry-service"))
public record ExchangeInput(
        @Schema(description = "GSO code of the Vietnamese province, read against the list in force on `startDate`", examples = "20")
        @NotNull @Code(PROVINCE) String province,
        @Schema(description = "INBOUND: received in the province; OUTBOUND: the province's delegation abroad", examples = "INBOUND")
        @NotNull ExchangeDirection direction,
        @Schema(description = "The foreign locality; must exist (422)", examples = "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11") UUID localityId,
        @Schema(description = "An organization of ngo-registry-service, checked there (422 unknown, 503 no answer)",
                examples = "5a0c3f7e-1b2d-4c3e-8f9a-0b1c2d3e4f5a") UUID organizationId,
        @Schema(description = "Country of the counterpart: may be left out with a locality or an organization (their country "
                + "is used, in that order; a different one is 422), needed otherwise for a single delegation", examples = "CN")
        @Code(COUNTRY) String countryCode,
        @Schema(examples = "Delegation of the Guangxi Department of Commerce") @NotBlank @Size(max = 500) String title,
        @Schema(examples = "Border trade facilitation talks") @Size(max = 2000) String purpose,
        @Schema(description = "First day (for a batch: the first day of the period it totals); its year is the year in statistics",
                examples = "2009-03-10") @NotNull LocalDate startDate,
        @Schema(description = "Last day; not before `startDate` (400)", examples = "2009-03-12") LocalDate endDate,
        @Schema(description = "Number of delegations this row records, 1 (default) for a single one", examples = "1")
        @Min(1) @Max(100000) Integer delegations,
        @Schema(description = "People in the delegation(s), at least one per delegation (400); leave out when not known",
                examples = "12") @Min(1) @Max(10000000) Integer participants) implements InProvince {

    static final String EXAMPLE = """
            {
              "province": "12",
              "direction": "OUTBOUND",
              "localityId": "0b7c1e0e-8d5a-4a57-9d0e-3c1f6a7b2d11",
              "title": "People-to-people exchange in Honghe, Yunnan",
              "purpose": "Friendship exchange of the provincial Union of Friendship Organizations",
              "startDate": "2015-09-14",
              "endDate": "2015-09-17",
              "participants": 15
            }""";
    static final String EXAMPLE_BATCH = """
            {
              "province": "20",
              "direction": "INBOUND",
              "title": "Foreign delegations received in 2009 (yearly report)",
              "startDate": "2009-01-01",
              "endDate": "2009-12-31",
              "delegations": 75,
              "participants": 520
            }""";
}
