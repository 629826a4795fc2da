package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.CityTime;
import org.sitepass.tracing.entity.PurgedDay;

/** The record of what the retention removed, day by day, in the purge history and the audit trail. */
@ApplicationScoped
@Transactional
public class PurgeHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RetentionPeriod retention;

    /**
     * Notes a day about to go with a partition: its row in the history, and an audit entry saying how many records go.
     * Noted again when the same partition's removal is retried, it counts them once.
     */
    public void record(String partition, TracingPartitions.Removed removed) {
        PurgedDay purged = em.find(PurgedDay.class, removed.day());
        if (purged == null) {
            em.persist(new PurgedDay(removed.day(), CityTime.now(), partition, removed.records(),
                    removed.sequences()));
        } else {
            purged.purged(CityTime.now(), partition, removed.records(), removed.sequences());
        }
        audit.recordBySystem(AuditRecord.success("PASS_RECORDS_PURGED", "pass_record_day", removed.day().toString())
                .because(removed.records() + " pass records, " + removed.sequences() + " sequence numbers; older than "
                        + retention.days() + " days"));
    }

    /** A page of the history, the latest day first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PurgeView> page(int first, int size) {
        return em.createQuery("SELECT p FROM PurgedDay p ORDER BY p.day DESC", PurgedDay.class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream().map(PurgeView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM PurgedDay p", Long.class).getSingleResult();
    }

    /** What is stored of a day now, and what the purge removed of it; a day never written to reads as empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DayView day(LocalDate day) {
        long records = em.createQuery("SELECT COUNT(r) FROM PassRecord r WHERE r.day = :day", Long.class)
                .setParameter("day", day).getSingleResult();
        Optional<PurgedDay> purged = Optional.ofNullable(em.find(PurgedDay.class, day));
        boolean past = day.isBefore(retention.firstKept(LocalDate.now(CityTime.ZONE)));
        return new DayView(day, records, gone(records, purged.isPresent(), past),
                purged.map(PurgedDay::getPurgedAt).orElse(null), purged.map(PurgedDay::getRecords).orElse(null));
    }

    /**
     * Whether a day is shown gone: by what is stored, not by the date alone, so that a day past the period whose purge
     * has not run yet (or failed) is not claimed gone while its records are there. A day with none left is gone once
     * the purge noted it, or once the period says none may be kept (a day the doors never wrote to).
     */
    static boolean gone(long records, boolean purged, boolean pastRetention) {
        return records == 0 && (purged || pastRetention);
    }
}
