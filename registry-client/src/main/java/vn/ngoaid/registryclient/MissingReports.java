package vn.ngoaid.registryclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The registry's annual report statistics by organization, province and year, read tolerantly: how many expected
 * reports are missing (due day passed, none received) in each group, and the day they were due.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MissingReports(List<Row> rows) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(UUID organization, String province, int year, long missing, LocalDate dueOn) {
    }
}
