package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PeriodicTask;

/**
 * Keeps the pass-record partitions daily (or as often as {@code sitepass.tracing.partition-interval} says, an ISO-8601
 * duration), the first time soon after start-up: partitions for today and the week ahead, then the days past the
 * retention period removed. Until the first run a door's records go to the catch-all partition, which the run splits.
 */
@ApplicationScoped
public class PartitionSchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PartitionSchedule.class.getName());

    @Inject
    TracingPartitions partitions;

    @Inject
    RetentionPeriod retention;

    public PartitionSchedule() {
        super("pass-record partitions", "sitepass.tracing.partition-interval", Duration.ofDays(1));
    }

    @Override
    protected void run() {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        List<LocalDate> created = partitions.ensureAhead(today, retention.firstKept(today));
        if (!created.isEmpty()) {
            LOG.log(Level.INFO, "pass-record partitions created for {0} to {1}",
                    new Object[] {created.get(0), created.get(created.size() - 1)});
        }
        List<TracingPartitions.Removed> gone = partitions.purge(retention.firstKept(today));
        if (!gone.isEmpty()) {
            LOG.log(Level.INFO, "pass records purged: {0} days, {1} records", new Object[] {gone.size(),
                    gone.stream().mapToLong(TracingPartitions.Removed::records).sum()});
        }
    }
}
