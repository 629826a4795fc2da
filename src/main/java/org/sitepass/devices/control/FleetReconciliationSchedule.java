package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.PeriodicTask;

/**
 * Reconciles the fleet hourly (or as often as {@code sitepass.devices.reconciliation-interval} says, an ISO-8601
 * duration), the first time one interval after start-up: a fact lost is repaired within one interval.
 */
@ApplicationScoped
public class FleetReconciliationSchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(FleetReconciliationSchedule.class.getName());

    @Inject
    FleetReconciliation reconciliation;

    public FleetReconciliationSchedule() {
        super("fleet reconciliation", "sitepass.devices.reconciliation-interval", Duration.ofHours(1));
    }

    @Override
    protected Duration firstRun(Duration interval) {
        return interval;
    }

    @Override
    protected void run() {
        int changed = reconciliation.reconcile();
        if (changed > 0) {
            LOG.log(Level.INFO, "fleet reconciled: {0} devices and deployments repaired", changed);
        }
    }
}
