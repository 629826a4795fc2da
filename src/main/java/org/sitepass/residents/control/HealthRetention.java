package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.residents.entity.AppealStatus;
import org.sitepass.residents.entity.AppealSubject;

/**
 * Health data is kept only as long as the pass rules can use it: test results and colour changes dated before the
 * retention period are deleted, except each person's latest in force and those an open appeal contests
 * ({@link RetentionSelection}), which the officer deciding it must still find. Vaccination doses
 * stay, because a rule may ask how many a person ever received. Deletes a few people's records per transaction, so
 * that no transaction grows with the registry (Galera caps a write set).
 */
@ApplicationScoped
public class HealthRetention {

    /** People whose records one transaction reads and deletes. */
    static final int PEOPLE_PER_CHUNK = 1_000;

    /**
     * A kind of record the purge removes: its entity and the time it counts from, as JPQL names them, and the subject
     * of an appeal against one (none when it cannot be appealed).
     */
    public enum Purged {
        COLOUR("ColourChange", "effectiveAt", AppealSubject.COLOUR_CHANGE),
        NAT("NatTest", "sampledAt", AppealSubject.NAT_TEST),
        ANTIGEN("AntigenTest", "testedAt", null);

        private final String entity;
        private final String time;
        private final AppealSubject appealed;

        Purged(String entity, String time, AppealSubject appealed) {
            this.entity = entity;
            this.time = time;
            this.appealed = appealed;
        }
    }

    /** One transaction's work: what it deleted, and the last person it looked at, or none when it was the last. */
    public record Chunk(int deleted, Long lastResident) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Purges the records of the next people, after {@code afterResident}, who have records of the kind to purge. */
    @Transactional
    public Chunk purgeNext(Purged kind, long afterResident, Instant cutoff, Instant now) {
        List<Long> people = em.createQuery("SELECT DISTINCT h.residentId FROM " + kind.entity + " h WHERE h."
                        + kind.time + " < :cutoff AND h.residentId > :after ORDER BY h.residentId", Long.class)
                .setParameter("cutoff", cutoff).setParameter("after", afterResident)
                .setMaxResults(PEOPLE_PER_CHUNK).getResultList();
        if (people.isEmpty()) {
            return new Chunk(0, null);
        }
        List<RetentionSelection.Dated> rows = em.createQuery("SELECT h.id, h.residentId, h." + kind.time + " FROM "
                        + kind.entity + " h WHERE h.residentId IN :people", Object[].class)
                .setParameter("people", people).getResultList().stream()
                .map(row -> new RetentionSelection.Dated((Long) row[0], (Long) row[1], (Instant) row[2]))
                .toList();
        List<Long> purgeable = RetentionSelection.purgeable(rows, contested(kind, people), cutoff, now);
        int deleted = 0;
        for (List<Long> ids : HealthFeed.chunks(purgeable)) {
            deleted += em.createQuery("DELETE FROM " + kind.entity + " h WHERE h.id IN :ids")
                    .setParameter("ids", ids).executeUpdate();
        }
        return new Chunk(deleted, people.size() < PEOPLE_PER_CHUNK ? null : people.get(people.size() - 1));
    }

    /** The records of the kind that the people's open appeals contest. */
    private Set<Long> contested(Purged kind, List<Long> people) {
        if (kind.appealed == null) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT a.recordId FROM Appeal a WHERE a.subject = :subject"
                        + " AND a.status = :open AND a.residentId IN :people", Long.class)
                .setParameter("subject", kind.appealed).setParameter("open", AppealStatus.OPEN)
                .setParameter("people", people).getResultList());
    }

    /** What a purge removed, for the audit trail: counts per kind, no person. */
    @Transactional
    public void report(Map<Purged, Integer> removed, Duration retention, Instant cutoff) {
        audit.recordBySystem(AuditRecord.success("HEALTH_DATA_PURGED", "health_records", cutoff.toString())
                .because(summary(removed, retention)));
    }

    static String summary(Map<Purged, Integer> removed, Duration retention) {
        return removed.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "; older than " + days(retention) + ", the latest in force kept";
    }

    /** {@code 30 days} rather than Java's {@code PT720H}, for the auditor and the log. */
    static String days(Duration period) {
        return period.toHours() % 24 == 0 ? period.toDays() + " days" : period.toString();
    }
}
