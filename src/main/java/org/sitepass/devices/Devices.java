package org.sitepass.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitepass.devices.control.Heartbeats;
import org.sitepass.devices.control.Liveness;
import org.sitepass.devices.control.Standing;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/** The devices module as other modules see it: which sentries stand at which venues, and which are offline. */
@ApplicationScoped
public class Devices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Liveness liveness;

    @Inject
    Heartbeats heartbeats;

    @Inject
    Sites sites;

    /**
     * The sentry a token speaks for ({@code azp}, issued at {@code iat}), where it stands now; refused (problem+json)
     * as every sentry call is when the token is not a device's or is superseded, the device is out of service or its
     * venue's code suspended, and also when it stands at no venue or the venue's code is not active. A resource
     * method that asks this declares {@link ChecksItsDevice}, so that the device is looked up once.
     */
    public Sentry sentry(Optional<String> clientId, Optional<Instant> issuedAt) {
        Standing standing = heartbeats.standing(clientId, issuedAt);
        Deployment at = standing.deployment();
        VenueRef venue = sites.venue(at.getVenueId()).filter(VenueRef::codeActive)
                .orElseThrow(() -> DevicesTexts.outOfService("devices.refused.standsAtInactiveCode"));
        return new Sentry(at.getDeviceId(), venue.id(), venue.districtCode(), venue.categoryCode(), at.getEntrance(),
                standing.device().getClockDriftMs());
    }

    /**
     * Per venue of those given, its standing sentries; venues without any are absent from the map. A device at a
     * venue whose code is suspended, or stopped by its certificate, does not stand.
     */
    public Map<Long, SentryCount> sentriesAt(Collection<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("""
                        SELECT p.venueId, COUNT(d),
                               SUM(CASE WHEN d.lastSeenAt IS NULL OR d.lastSeenAt < :since THEN 1 ELSE 0 END)
                        FROM Deployment p, Device d
                        WHERE d.id = p.deviceId AND p.venueId IN :venues AND p.status = :active
                          AND d.status = :registered
                        GROUP BY p.venueId""")
                .setParameter("since", liveness.onlineCutoff()).setParameter("venues", List.copyOf(venueIds))
                .setParameter("active", DeploymentStatus.ACTIVE).setParameter("registered", DeviceStatus.REGISTERED)
                .getResultList();
        Map<Long, SentryCount> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(),
                new SentryCount(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return counts;
    }
}
