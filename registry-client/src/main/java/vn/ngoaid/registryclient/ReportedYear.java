package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.ngoaid.common.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organization's annual report as the registry gives it, read tolerantly: what it says it committed, disbursed
 * and ran in each province in a year.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportedYear(UUID id, UUID organizationId, String organizationName, int year, LocalDate submittedOn,
                           LocalDate dueOn, String timeliness, List<Province> provinces) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Province(String province, Money committed, Money disbursed, int projects) {
    }
}
