package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.sitepass.sites.SiteCodeReinstated;
import org.sitepass.sites.SiteCodeRevoked;
import org.sitepass.sites.SiteCodeSuspended;
import org.sitepass.vendors.CertificateReinstated;
import org.sitepass.vendors.CertificateWithdrawn;

/**
 * What the fleet does when a site code or a certificate changes. The facts arrive once the other module committed
 * them; the observers then run outside any transaction, so each change is made in a transaction of its own. A fact
 * lost (an observer failing, a crash after the commit) is repaired by {@link FleetReconciliation}.
 */
@ApplicationScoped
public class FleetReactions {

    @Inject
    Deployments deployments;

    @Inject
    DeviceRegistry registry;

    void suspended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteCodeSuspended code) {
        deployments.suspendAt(code.venueId(), SiteCodeSuspended.class.getSimpleName());
    }

    void reinstated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteCodeReinstated code) {
        deployments.reinstateAt(code.venueId(), SiteCodeReinstated.class.getSimpleName());
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteCodeRevoked code) {
        deployments.endAt(code.venueId(), SiteCodeRevoked.class.getSimpleName());
    }

    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateWithdrawn certificate) {
        registry.stopCoveredBy(certificate.holder(), certificate.holderId(),
                CertificateWithdrawn.class.getSimpleName() + " " + certificate.cause());
    }

    void reinstated(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateReinstated certificate) {
        registry.restartCoveredBy(certificate.holder(), certificate.holderId(),
                CertificateReinstated.class.getSimpleName());
    }
}
