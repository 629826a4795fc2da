package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.entity.CaseStatus;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.TracingCase;

/**
 * Removes closed cases once {@code sitepass.tracing.case-retention} (default 180 days) has passed since their
 * closure, with their contacts, the contacts' steps and the export requests, one case per transaction; each case
 * removed and each run's counts go to the audit trail. A contact still held when its case closed has its hold lifted
 * and notice withdrawn first, so that no code stays red for a case that is gone.
 */
@ApplicationScoped
@Transactional
public class CaseRetention {

    static final String SYSTEM = "system";
    /** Cases looked at per query: a run goes on while a whole batch was removed. */
    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.case-retention", defaultValue = "P180D")
    Duration period;

    public Duration period() {
        return period;
    }

    /**
     * The ids of up to a batch of cases closed before {@code cutoff}, oldest closure first; in the class's
     * transaction, as a scheduled task's reads must be ({@link org.sitepass.platform.PeriodicTask}).
     */
    public List<Long> closedBefore(Instant cutoff) {
        return em.createQuery("SELECT k.id FROM TracingCase k WHERE k.status = :closed AND k.closedAt < :cutoff"
                        + " ORDER BY k.closedAt, k.id", Long.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("cutoff", cutoff)
                .setMaxResults(BATCH).getResultList();
    }

    /** Removes one case if it is still closed before {@code cutoff}; answers what went. */
    public Optional<CasePurge> purge(long caseId, Instant cutoff) {
        TracingCase closed = em.find(TracingCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (closed == null || closed.getStatus() != CaseStatus.CLOSED || !closed.getClosedAt().isBefore(cutoff)) {
            return Optional.empty();
        }
        List<Contact> contacts = em.createQuery("SELECT c FROM Contact c WHERE c.caseId = :case", Contact.class)
                .setParameter("case", caseId).getResultList();
        int lifted = 0;
        for (Contact contact : contacts) {
            if (contact.isHeld()) {
                lifted += residents.liftHolds(new ResidentRef(contact.getResidentRef()), closed.getReference(),
                        SYSTEM);
                Contacts.withdrawNotice(residents, contact, closed, SYSTEM);
            }
        }
        int steps = em.createNativeQuery("DELETE s FROM tracing_contact_step s"
                + " JOIN tracing_contact c ON c.id = s.contact_id WHERE c.case_id = ?")
                .setParameter(1, caseId).executeUpdate();
        int removedContacts = em.createQuery("DELETE FROM Contact c WHERE c.caseId = :case")
                .setParameter("case", caseId).executeUpdate();
        int exports = em.createQuery("DELETE FROM ContactExport e WHERE e.caseId = :case")
                .setParameter("case", caseId).executeUpdate();
        em.remove(closed);
        CasePurge purged = new CasePurge(1, removedContacts, steps, exports, lifted);
        audit.recordBySystem(AuditRecord.success("TRACING_CASE_PURGED", Cases.OBJECT_TYPE, closed.getReference())
                .because(purged.summary(period)));
        return Optional.of(purged);
    }

    /** A run's report in the audit trail, when it removed anything. */
    public void report(CasePurge total, Instant cutoff) {
        audit.recordBySystem(AuditRecord.success("TRACING_CASES_PURGED", Cases.OBJECT_TYPE, cutoff.toString())
                .because(total.summary(period)));
    }
}
