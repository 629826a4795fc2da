package org.sitepass.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** What the tracing module tells other modules: counts and facts about venues, never a person. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Tracing {

    @PersistenceContext
    EntityManager em;

    /** Of the venues, those where a door recorded a check (a pass or a stop) on the city's day. */
    public Set<Long> venuesWithPassesOn(LocalDate day, Collection<Long> venueIds) {
        if (venueIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT r.venueId FROM PassRecord r WHERE r.day = :day"
                        + " AND r.venueId IN :venues", Long.class)
                .setParameter("day", day).setParameter("venues", venueIds).getResultList());
    }
}
