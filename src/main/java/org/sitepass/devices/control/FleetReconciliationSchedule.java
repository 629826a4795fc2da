package org.sitepass.devices.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.PeriodicTask;

/**
 * Reconciles the fleet hourly (or as often as {@code sitepass.devices.reconciliation-interval} says, an ISO-8601
 * duration), the first time one interval after start-up: a fact lost is repaired within one interval.
 */
@ApplicationScoped
public class FleetReconciliationSchedule {

    private static final Logger LOG = Logger.getLogger(FleetReconciliationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    FleetReconciliation reconciliation;

    @Inject
    @ConfigProperty(name = "sitepass.devices.reconciliation-interval", defaultValue = "PT1H")
    Duration interval;

    private ScheduledFuture<?> runs;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        runs = PeriodicTask.schedule(executor, interval, interval, "fleet reconciliation", this::reconcile);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    private void reconcile() {
        int changed = reconciliation.reconcile();
        if (changed > 0) {
            LOG.log(Level.INFO, "fleet reconciled: {0} devices and deployments repaired", changed);
        }
    }
}
