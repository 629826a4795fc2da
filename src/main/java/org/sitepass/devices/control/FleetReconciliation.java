package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.sites.Sites;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.CertificateNotInForce;
import org.sitepass.vendors.Vendors;

/**
 * Makes the fleet agree with the certificates and the site codes as they stand, whatever facts were lost on the way
 * (an observer that failed, a crash between a commit and its observers). It changes the fleet through the methods the
 * observers call, one holder or venue per transaction, each of which locks what it changes and reads the certificate
 * or the code again first: several instances may reconcile at once, and a fact arriving meanwhile wins.
 */
@ApplicationScoped
public class FleetReconciliation {

    @Inject
    Vendors vendors;

    @Inject
    Sites sites;

    @Inject
    DeviceRegistry registry;

    @Inject
    Deployments deployments;

    /**
     * Answers how many devices and deployments it changed. What to look at is read in a transaction of its own: the
     * container's entity manager is not to be used outside one on a scheduler's thread.
     */
    @Transactional
    public int reconcile() {
        return certificates() + venues();
    }

    private int certificates() {
        List<CertificateNotInForce> notInForce = vendors.certificatesNotInForce();
        int changed = notInForce.stream().mapToInt(c -> registry.stopCoveredBy(c.holder(), c.holderId(),
                FleetAudit.RECONCILIATION)).sum();
        for (CertificateHolder holder : CertificateHolder.values()) {
            Set<Long> withdrawn = notInForce.stream().filter(c -> c.holder() == holder)
                    .map(CertificateNotInForce::holderId).collect(Collectors.toSet());
            changed += registry.stoppingHolders(holder).stream().filter(id -> !withdrawn.contains(id))
                    .mapToInt(id -> registry.restartCoveredBy(holder, id, FleetAudit.RECONCILIATION)).sum();
        }
        return changed;
    }

    private int venues() {
        Set<Long> suspended = sites.suspendedVenueIds();
        Set<Long> revoked = sites.revokedVenueIds();
        int changed = deployments.venuesWith(DeviceRegistry.OPEN).stream().filter(revoked::contains)
                .mapToInt(id -> deployments.endAt(id, FleetAudit.RECONCILIATION)).sum();
        changed += deployments.venuesWith(List.of(DeploymentStatus.ACTIVE)).stream().filter(suspended::contains)
                .mapToInt(id -> deployments.suspendAt(id, FleetAudit.RECONCILIATION)).sum();
        return changed + deployments.venuesWith(List.of(DeploymentStatus.SUSPENDED)).stream()
                .filter(id -> !suspended.contains(id) && !revoked.contains(id))
                .mapToInt(id -> deployments.reinstateAt(id, FleetAudit.RECONCILIATION)).sum();
    }
}
