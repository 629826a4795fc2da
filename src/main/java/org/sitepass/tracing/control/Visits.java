package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Page;
import org.sitepass.residents.ResidentRef;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.entity.PassRecord;

/**
 * A resident's own visits, newest first, for as long as the pass records are kept: whatever the door, the sentry,
 * the staff or their own scan. Nobody else's: the resident is the caller's bound account, never a parameter.
 */
@ApplicationScoped
public class Visits {

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckIns checkIns;

    @Inject
    Sites sites;

    public Page<VisitView> mine(Caller caller, int page, int size) {
        ResidentRef me = checkIns.me(caller);
        return new Page<>(rows(me, page * size, size), count(me), page, size);
    }

    /** A page's rows from {@code first}: what a page's table reads, one slice at a time. */
    public List<VisitView> rows(Caller caller, int first, int size) {
        return rows(checkIns.me(caller), first, size);
    }

    public long count(Caller caller) {
        return count(checkIns.me(caller));
    }

    private List<VisitView> rows(ResidentRef me, int first, int size) {
        List<PassRecord> records = em.createQuery(
                        "SELECT r FROM PassRecord r WHERE r.residentRef = :resident ORDER BY r.recordedAt DESC, r.id",
                        PassRecord.class)
                .setParameter("resident", me.value())
                .setFirstResult(first).setMaxResults(size).getResultList();
        Set<Long> venueIds = records.stream().map(PassRecord::getVenueId).collect(Collectors.toSet());
        Map<Long, VenueRef> venues = sites.venues(venueIds);
        return records.stream().map(record -> VisitView.of(record,
                Optional.ofNullable(venues.get(record.getVenueId())).map(VenueRef::name).orElse(null))).toList();
    }

    private long count(ResidentRef me) {
        return em.createQuery("SELECT COUNT(r) FROM PassRecord r WHERE r.residentRef = :resident", Long.class)
                .setParameter("resident", me.value()).getSingleResult();
    }
}
