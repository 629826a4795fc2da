package org.sitepass.tracing.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PeriodicTask;

/**
 * Keeps the pass-record partitions daily (or as often as {@code sitepass.tracing.partition-interval} says, an ISO-8601
 * duration), the first time soon after start-up: partitions for today and the week ahead, then the days past the
 * retention period removed. Until the first run a door's records go to the catch-all partition, which the run splits.
 */
@ApplicationScoped
public class PartitionSchedule {

    private static final Logger LOG = Logger.getLogger(PartitionSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    TracingPartitions partitions;

    @Inject
    RetentionPeriod retention;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.partition-interval", defaultValue = "P1D")
    Duration interval;

    private ScheduledFuture<?> runs;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        runs = PeriodicTask.schedule(executor, PeriodicTask.soon(interval), interval, "pass-record partitions",
                this::keep);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    void keep() {
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
