package org.sitepass.platform.control;

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
 * Signs a checkpoint of the audit chain's head every hour (or as often as {@code sitepass.audit.checkpoint-interval}
 * says), the first time soon after start-up.
 */
@ApplicationScoped
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditLedger ledger;

    @Inject
    @ConfigProperty(name = "sitepass.audit.checkpoint-interval", defaultValue = "PT1H")
    Duration interval;

    private ScheduledFuture<?> checkpoints;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        checkpoints = PeriodicTask.schedule(executor, PeriodicTask.soon(interval), interval, "audit checkpoint",
                () -> ledger.checkpoint().ifPresent(made -> LOG.log(Level.FINE, "audit checkpoint at entry {0}",
                        made.getLastId())));
    }

    @PreDestroy
    void stop() {
        if (checkpoints != null) {
            checkpoints.cancel(false);
        }
    }
}
