package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.PeriodicTask;

/**
 * Purges closed cases past their retention daily (or as often as {@code sitepass.tracing.case-purge-interval} says),
 * the first time soon after start-up. Several instances may run at once: each case is removed under its row lock and
 * looked at again first, so the second instance finds it gone.
 */
@ApplicationScoped
public class CaseRetentionSchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(CaseRetentionSchedule.class.getName());

    @Inject
    CaseRetention retention;

    public CaseRetentionSchedule() {
        super("tracing case purge", "sitepass.tracing.case-purge-interval", Duration.ofDays(1));
    }

    @Override
    protected void run() {
        Instant cutoff = Instant.now().minus(retention.period());
        List<CasePurge> removed = new ArrayList<>();
        List<Long> batch;
        do {
            batch = retention.closedBefore(cutoff);
            batch.forEach(id -> retention.purge(id, cutoff).ifPresent(removed::add));
        } while (batch.size() == CaseRetention.BATCH);
        if (!removed.isEmpty()) {
            CasePurge total = CasePurge.total(removed);
            retention.report(total, cutoff);
            LOG.log(Level.INFO, "tracing case purge: {0}", total.summary(retention.period()));
        }
    }
}
