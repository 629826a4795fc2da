package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.sitepass.platform.CityTime;
import org.sitepass.sites.control.Period;

/** The days a district view covers, as asked in the query. */
public class PeriodParameters {

    @QueryParam("from")
    @Pattern(regexp = QueueParameters.DATE, message = "{sites.validation.date}")
    String from;

    @QueryParam("to")
    @Pattern(regexp = QueueParameters.DATE, message = "{sites.validation.date}")
    String to;

    Period period() {
        return Period.of(QueueParameters.date("from", from), QueueParameters.date("to", to),
                LocalDate.now(CityTime.ZONE));
    }
}
