package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.PeriodicTask;

/**
 * Purges health data daily (or as often as {@code sitepass.residents.health-purge-interval} says), the first time
 * soon after start-up, keeping {@code sitepass.residents.health-retention} (default 30 days). Several instances may
 * purge at once: each deletes only what is past the cut-off, so the second finds less to do, never more.
 */
@ApplicationScoped
public class HealthRetentionSchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(HealthRetentionSchedule.class.getName());

    @Inject
    HealthRetention retention;

    @Inject
    @ConfigProperty(name = "sitepass.residents.health-retention", defaultValue = "P30D")
    Duration period;

    public HealthRetentionSchedule() {
        super("health data purge", "sitepass.residents.health-purge-interval", Duration.ofDays(1));
    }

    @Override
    protected void run() {
        Instant now = Instant.now();
        Instant cutoff = now.minus(period);
        Map<HealthRetention.Purged, Integer> removed = new EnumMap<>(HealthRetention.Purged.class);
        for (HealthRetention.Purged kind : HealthRetention.Purged.values()) {
            int deleted = 0;
            Long after = 0L;
            while (after != null) {
                HealthRetention.Chunk chunk = retention.purgeNext(kind, after, cutoff, now);
                deleted += chunk.deleted();
                after = chunk.lastResident();
            }
            removed.put(kind, deleted);
        }
        retention.report(removed, period, cutoff);
        LOG.log(Level.INFO, "health data purge: {0}", HealthRetention.summary(removed, period));
    }
}
