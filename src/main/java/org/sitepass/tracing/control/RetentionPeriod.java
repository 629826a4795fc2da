package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long pass records are kept, {@code sitepass.tracing.retention} (default 28 days), counted in whole days of the
 * city: a day goes once every record of it is older than the period.
 */
@ApplicationScoped
public class RetentionPeriod {

    @Inject
    @ConfigProperty(name = "sitepass.tracing.retention", defaultValue = "P28D")
    Duration period;

    /** The first day still kept on {@code today}; every earlier day is gone or goes at the next purge. */
    public LocalDate firstKept(LocalDate today) {
        return DayPartitions.firstKept(today, period);
    }

    public long days() {
        return period.toDays();
    }
}
