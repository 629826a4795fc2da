package org.sitepass.vendors.control;

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
 * Runs the expiry sweep daily (or as often as {@code sitepass.vendors.expiry-sweep-interval} says), the first time
 * soon after start-up, so that a certificate that expired while no instance ran is announced without a day's wait.
 */
@ApplicationScoped
public class CertificateExpirySchedule {

    private static final Logger LOG = Logger.getLogger(CertificateExpirySchedule.class.getName());
    private static final Duration FIRST_SWEEP_AT_THE_LATEST = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CertificateExpiry expiry;

    @Inject
    @ConfigProperty(name = "sitepass.vendors.expiry-sweep-interval", defaultValue = "P1D")
    Duration interval;

    private ScheduledFuture<?> sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration first = interval.compareTo(FIRST_SWEEP_AT_THE_LATEST) < 0 ? interval : FIRST_SWEEP_AT_THE_LATEST;
        sweeps = executor.scheduleAtFixedRate(this::sweep, first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** A failed sweep is retried at the next tick: an exception escaping would cancel every later run. */
    private void sweep() {
        try {
            int announced = expiry.sweep();
            if (announced > 0) {
                LOG.log(Level.INFO, "{0} certificates expired and announced", announced);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "certificate expiry sweep failed", e);
        }
    }
}
