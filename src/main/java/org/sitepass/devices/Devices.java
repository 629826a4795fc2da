package org.sitepass.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.platform.CityTime;

/** The devices module as other modules see it: which sentries stand at which venues, and which are offline. */
@ApplicationScoped
public class Devices {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sitepass.devices.heartbeat-interval", defaultValue = "PT30S")
    Duration heartbeatInterval;

    /** Per venue of those given, its standing sentries; venues without any are absent from the map. */
    public Map<Long, SentryCount> sentriesAt(Collection<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Map.of();
        }
        Instant heardSince = CityTime.now().minus(heartbeatInterval.multipliedBy(3));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("""
                        SELECT p.venueId, COUNT(d),
                               SUM(CASE WHEN d.lastSeenAt IS NULL OR d.lastSeenAt < :since THEN 1 ELSE 0 END)
                        FROM Deployment p, Device d
                        WHERE d.id = p.deviceId AND p.venueId IN :venues AND p.status = :active
                        GROUP BY p.venueId""")
                .setParameter("since", heardSince).setParameter("venues", List.copyOf(venueIds))
                .setParameter("active", DeploymentStatus.ACTIVE).getResultList();
        Map<Long, SentryCount> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(),
                new SentryCount(((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
        return counts;
    }
}
