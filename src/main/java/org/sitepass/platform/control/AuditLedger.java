package org.sitepass.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditEntry;
import org.sitepass.platform.entity.AuditFacts;

/** Appends to, searches and verifies the audit chain. */
@ApplicationScoped
public class AuditLedger {

    static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Joins the caller's transaction, so a decision and its audit entry commit or roll back together. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry append(AuditFacts facts) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(facts, Instant.now(clock));
        em.persist(entry);
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query) {
        return query.apply(em, AuditEntry.class, "select e from AuditEntry e", " order by e.id desc")
                .setFirstResult(query.first())
                .setMaxResults(query.size())
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        return query.apply(em, Long.class, "select count(e) from AuditEntry e", "").getSingleResult();
    }

    /**
     * Walks the chain from the first link to the head as it was when verification started; links appended
     * meanwhile are left for the next verification. Runs outside a transaction, so every page is read by a
     * fresh persistence context and nothing accumulates over a long chain.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditVerification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        ChainWalk walk = new ChainWalk();
        long after = 0;
        while (walk.intact() && after < head.getLastId()) {
            List<AuditEntry> page = em.createQuery(
                            "select e from AuditEntry e where e.id > :after and e.id <= :last order by e.id",
                            AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("last", head.getLastId())
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            page.forEach(walk::visit);
            after = page.get(page.size() - 1).getId();
        }
        return walk.endAt(head);
    }
}
