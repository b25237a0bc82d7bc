package vn.ngoaid.registry.annualreport;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a year's annual report is due: a month and day of the following year, set by
 * {@code ngo-registry.annual-report.due} ({@code MM-DD}, default {@code 03-31}), since the rule is the authorities'
 * and changes with them. A report submitted on or before that day is ON_TIME, after it LATE.
 */
@ApplicationScoped
public class ReportDue {

    private final MonthDay due;

    ReportDue(@ConfigProperty(name = "ngo-registry.annual-report.due", defaultValue = "03-31") String due) {
        this.due = parse(due);
    }

    static MonthDay parse(String text) {
        try {
            MonthDay day = MonthDay.parse("--" + text.trim());
            if (day.equals(MonthDay.of(2, 29))) {
                throw new IllegalArgumentException("ngo-registry.annual-report.due may not be 02-29: the day must exist every year");
            }
            return day;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ngo-registry.annual-report.due must be a month and day as MM-DD, e.g. 03-31, not '"
                    + text + "'", e);
        }
    }

    /** The day the report of {@code year} is due. */
    public LocalDate on(int year) {
        return due.atYear(year + 1);
    }

    public Timeliness of(int year, LocalDate submittedOn) {
        return submittedOn.isAfter(on(year)) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** The month of the due day, for SQL that computes it per row ({@code make_date(year + 1, month, day)}). */
    public int month() {
        return due.getMonthValue();
    }

    public int day() {
        return due.getDayOfMonth();
    }
}
