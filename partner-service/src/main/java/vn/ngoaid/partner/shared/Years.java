package vn.ngoaid.partner.shared;

import vn.ngoaid.common.api.ApiException;

import java.time.LocalDate;

/** Bounds of the year and date-range query parameters. */
public final class Years {

    public static final int MIN = 1945;
    public static final int MAX = 2100;

    private Years() {
    }

    public static void check(String name, Integer year) {
        if (year != null && (year < MIN || year > MAX)) {
            throw ApiException.invalid(name, "must be between " + MIN + " and " + MAX);
        }
    }

    public static void checkOrder(String fromName, Comparable<?> from, String toName, Comparable<?> to) {
        if (from instanceof Integer f && to instanceof Integer t && f > t
                || from instanceof LocalDate f2 && to instanceof LocalDate t2 && f2.isAfter(t2)) {
            throw ApiException.invalid(toName, "must not be before " + fromName);
        }
    }
}
