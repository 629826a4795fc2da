package org.sitepass.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;

/** The city's clock: times are stored in UTC and shown, and days counted, in Shanghai time. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private CityTime() {
    }

    /** Now, to the microsecond the database keeps, so that what a module answers is what it stored. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant);
    }
}
