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
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a checkpoint of the audit chain's head every hour (or as often as {@code sitepass.audit.checkpoint-interval}
 * says), the first time soon after start-up.
 */
@ApplicationScoped
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());
    private static final Duration FIRST_AT_THE_LATEST = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditLedger ledger;

    @Inject
    @ConfigProperty(name = "sitepass.audit.checkpoint-interval", defaultValue = "PT1H")
    Duration interval;

    private ScheduledFuture<?> checkpoints;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration first = interval.compareTo(FIRST_AT_THE_LATEST) < 0 ? interval : FIRST_AT_THE_LATEST;
        checkpoints = executor.scheduleAtFixedRate(this::checkpoint, first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (checkpoints != null) {
            checkpoints.cancel(false);
        }
    }

    /** A failed checkpoint is retried at the next tick: an exception escaping would cancel every later run. */
    private void checkpoint() {
        try {
            ledger.checkpoint().ifPresent(made -> LOG.log(Level.FINE, "audit checkpoint at entry {0}",
                    made.getLastId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit checkpoint failed", e);
        }
    }
}
