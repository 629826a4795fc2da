package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/**
 * The audit trail of what the fleet changed by itself. A fact another module announced is recorded once handled,
 * even when it changed nothing, so that the trail shows it arrived; a reconciliation only when it repaired something,
 * or it would add an entry every hour.
 */
@ApplicationScoped
public class FleetAudit {

    /** The trigger of the changes a reconciliation makes, where a fact names its event. */
    public static final String RECONCILIATION = "FleetReconciliation";

    @Inject
    AuditTrail auditTrail;

    /** Answers {@code changed}, so that callers can count what they did. */
    int record(String action, String objectType, long objectId, String trigger, int changed) {
        if (changed > 0 || !RECONCILIATION.equals(trigger)) {
            auditTrail.recordBySystem(AuditRecord.success(action, objectType, String.valueOf(objectId))
                    .because(trigger + ": " + changed));
        }
        return changed;
    }
}
