package org.sitepass.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditChainStart;
import org.sitepass.platform.entity.AuditCheckpoint;
import org.sitepass.platform.entity.AuditEntry;
import org.sitepass.platform.entity.AuditFacts;

/** Appends to, searches, checkpoints and verifies the audit chain. */
@ApplicationScoped
public class AuditLedger {

    static final int VERIFY_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditKeys keys;

    private final Clock clock = Clock.systemUTC();

    /** Joins the caller's transaction, so a decision and its audit entry commit or roll back together. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry append(AuditFacts facts) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(facts, Instant.now(clock), keys.active());
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

    /** Entries about one object, by anyone but one actor, newest first (index platform_audit_entry_object). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> about(String objectType, String objectId, String exceptActor, int first, int size) {
        return em.createQuery("select e from AuditEntry e where e.objectType = :type and e.objectId = :id"
                        + " and e.actor <> :actor order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("type", objectType).setParameter("id", objectId).setParameter("actor", exceptActor)
                .setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAbout(String objectType, String objectId, String exceptActor) {
        return em.createQuery("select count(e) from AuditEntry e where e.objectType = :type and e.objectId = :id"
                        + " and e.actor <> :actor", Long.class)
                .setParameter("type", objectType).setParameter("id", objectId).setParameter("actor", exceptActor)
                .getSingleResult();
    }

    /**
     * Walks the chain from the first link to the head as it was when verification started; links appended
     * meanwhile are left for the next verification. Checkpoints are read before the head, so none of them can
     * name a link beyond it. Runs outside a transaction, so every page is read by a fresh persistence context and
     * nothing accumulates over a long chain.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditVerification verify() {
        List<AuditCheckpoint> checkpoints = checkpoints();
        long keyedFrom = em.find(AuditChainStart.class, AuditChainStart.ID).getKeyedFrom();
        Long newest = em.createQuery("select max(e.id) from AuditEntry e", Long.class).getSingleResult();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        ChainWalk walk = new ChainWalk(keys.chain(), keyedFrom);
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (genuine(checkpoint)) {
                walk.anchor(checkpoint.getLastId(), checkpoint.getLastHash(), checkpoint.getKeyedFrom());
            } else {
                walk.forgedAnchor(checkpoint.getLastId());
            }
        }
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
        return walk.endAt(head, newest == null ? 0 : newest);
    }

    /**
     * Signs the head as it is now, unless the newest checkpoint already names it (an idle trail needs no new
     * checkpoint). Reads the head without locking it: a checkpoint must never delay an audited action.
     *
     * @return the new checkpoint, or empty when nothing changed since the last one
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AuditCheckpoint> checkpoint() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        List<Long> newest = em.createQuery("select max(c.lastId) from AuditCheckpoint c", Long.class)
                .getResultList();
        Long covered = newest.isEmpty() ? null : newest.get(0);
        if (head.getLastId() == 0 || covered != null && covered >= head.getLastId()) {
            return Optional.empty();
        }
        long keyedFrom = em.find(AuditChainStart.class, AuditChainStart.ID).getKeyedFrom();
        AuditCheckpoint checkpoint = new AuditCheckpoint(Instant.now(clock), head, keyedFrom);
        SignatureKeys signing = keys.checkpoints();
        checkpoint.sign(signing.activeKeyId(),
                Base64.getEncoder().encodeToString(signing.sign(checkpoint.signedBytes())));
        em.persist(checkpoint);
        return Optional.of(checkpoint);
    }

    /** Every checkpoint, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditCheckpoint> checkpoints() {
        return em.createQuery("select c from AuditCheckpoint c order by c.id", AuditCheckpoint.class)
                .getResultList();
    }

    /** Whether the checkpoint's signature holds under a configured checkpoint key. */
    public boolean genuine(AuditCheckpoint checkpoint) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(checkpoint.getSignature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return keys.checkpoints().verify(checkpoint.getKeyId(), checkpoint.signedBytes(), signature)
                == SignatureKeys.Verdict.GENUINE;
    }
}
