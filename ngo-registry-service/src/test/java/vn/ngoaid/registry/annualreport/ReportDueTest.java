package vn.ngoaid.registry.annualreport;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDueTest {

    @Test
    void aReportIsDueOnTheConfiguredDayOfTheNextYear() {
        ReportDue due = new ReportDue("03-31");
        assertEquals(LocalDate.of(2021, 3, 31), due.on(2020));
        assertEquals(Timeliness.ON_TIME, due.of(2020, LocalDate.of(2021, 3, 31)));
        assertEquals(Timeliness.LATE, due.of(2020, LocalDate.of(2021, 4, 1)));
        assertEquals(LocalDate.of(2025, 6, 30), new ReportDue(" 06-30 ").on(2024));
    }

    @Test
    void aDayThatIsNotEveryYearsOrNotADayIsRefusedAtStart() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReportDue("02-29")).getMessage().contains("02-29"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReportDue("3/31")).getMessage().contains("MM-DD"));
        assertThrows(IllegalArgumentException.class, () -> new ReportDue("13-01"));
    }
}
