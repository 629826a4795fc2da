package org.sitepass.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.PeriodicTask;

/**
 * Signs a checkpoint of the audit chain's head every hour (or as often as {@code sitepass.audit.checkpoint-interval}
 * says), the first time soon after start-up.
 */
@ApplicationScoped
public class AuditCheckpointSchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Inject
    AuditLedger ledger;

    public AuditCheckpointSchedule() {
        super("audit checkpoint", "sitepass.audit.checkpoint-interval", Duration.ofHours(1));
    }

    @Override
    protected void run() {
        ledger.checkpoint().ifPresent(made -> LOG.log(Level.FINE, "audit checkpoint at entry {0}", made.getLastId()));
    }
}
