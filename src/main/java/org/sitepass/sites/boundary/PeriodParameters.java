package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.sitepass.platform.CityTime;

/** The days a district view covers: the last 30 by default, at most a year. */
public class PeriodParameters {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    @QueryParam("from")
    @Pattern(regexp = QueueParameters.DATE, message = "{sites.validation.date}")
    String from;

    @QueryParam("to")
    @Pattern(regexp = QueueParameters.DATE, message = "{sites.validation.date}")
    String to;

    LocalDate last() {
        LocalDate given = QueueParameters.date(to);
        return given == null ? LocalDate.now(CityTime.ZONE) : given;
    }

    LocalDate first() {
        LocalDate given = QueueParameters.date(from);
        LocalDate last = last();
        if (given == null || given.isAfter(last)) {
            return last.minusDays(DEFAULT_DAYS - 1L);
        }
        return given.isBefore(last.minusDays(MAX_DAYS - 1L)) ? last.minusDays(MAX_DAYS - 1L) : given;
    }
}
