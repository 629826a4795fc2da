package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.PeriodicTask;

/**
 * Runs the expiry sweep daily (or as often as {@code sitepass.vendors.expiry-sweep-interval} says), the first time
 * soon after start-up, so that a certificate that expired while no instance ran is announced without a day's wait.
 */
@ApplicationScoped
public class CertificateExpirySchedule extends PeriodicTask {

    private static final Logger LOG = Logger.getLogger(CertificateExpirySchedule.class.getName());

    @Inject
    CertificateExpiry expiry;

    public CertificateExpirySchedule() {
        super("certificate expiry sweep", "sitepass.vendors.expiry-sweep-interval", Duration.ofDays(1));
    }

    @Override
    protected void run() {
        int announced = expiry.sweep();
        if (announced > 0) {
            LOG.log(Level.INFO, "{0} certificates expired and announced", announced);
        }
    }
}
