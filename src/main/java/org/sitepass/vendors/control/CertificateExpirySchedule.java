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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.PeriodicTask;

/**
 * Runs the expiry sweep daily (or as often as {@code sitepass.vendors.expiry-sweep-interval} says), the first time
 * soon after start-up, so that a certificate that expired while no instance ran is announced without a day's wait.
 */
@ApplicationScoped
public class CertificateExpirySchedule {

    private static final Logger LOG = Logger.getLogger(CertificateExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CertificateExpiry expiry;

    @Inject
    @ConfigProperty(name = "sitepass.vendors.expiry-sweep-interval", defaultValue = "P1D")
    Duration interval;

    private ScheduledFuture<?> sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweeps = PeriodicTask.schedule(executor, PeriodicTask.soon(interval), interval, "certificate expiry sweep",
                this::sweep);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    private void sweep() {
        int announced = expiry.sweep();
        if (announced > 0) {
            LOG.log(Level.INFO, "{0} certificates expired and announced", announced);
        }
    }
}
