package vn.ngoaid.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Time as the services record and reason about it. */
public final class Timestamps {

    /** Dates such as "today" are Vietnam's dates: a registration expires at the end of its last day in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Timestamps() {
    }

    /** Now, at the microsecond precision PostgreSQL stores, so that a write's answer equals a later read. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
