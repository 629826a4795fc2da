package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HealthFacts;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.Hold;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;

/** A resident's health records as they stand at a moment: what the verdict and the resident's own code show. */
@ApplicationScoped
public class HealthRecords {

    @PersistenceContext
    EntityManager em;

    /** The facts the verdict needs at {@code now}: records effective later do not count yet. */
    public HealthFacts factsOf(Resident resident, Instant now) {
        long id = resident.id();
        Colour feed = colourChange(id, now).map(ColourChange::colour).orElse(Colour.GREEN);
        Colour hold = openHolds(id).stream().map(Hold::colour).reduce(Colour::stricter).orElse(null);
        Optional<NatTest> nat = latestNat(id, now);
        Optional<AntigenTest> antigen = latestAntigen(id, now);
        return new HealthFacts(feed, hold,
                nat.map(NatTest::sampledAt).orElse(null), nat.map(NatTest::result).orElse(null),
                antigen.map(AntigenTest::testedAt).orElse(null), antigen.map(AntigenTest::result).orElse(null),
                doses(id, now), resident.birthDate().orElse(null), resident.isDisabled());
    }

    /** The colour change in force at {@code now}: the latest effective, and of two at once the source's latest. */
    public Optional<ColourChange> colourChange(long residentId, Instant now) {
        return em.createQuery("SELECT c FROM ColourChange c WHERE c.residentId = :resident AND c.effectiveAt <= :now"
                        + " ORDER BY c.effectiveAt DESC, c.sourceVersion.sourceTime DESC", ColourChange.class)
                .setParameter("resident", residentId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<Hold> openHolds(long residentId) {
        return em.createQuery("SELECT h FROM Hold h WHERE h.residentId = :resident AND h.liftedAt IS NULL"
                        + " ORDER BY h.placedAt", Hold.class)
                .setParameter("resident", residentId).getResultList();
    }

    public Optional<NatTest> latestNat(long residentId, Instant now) {
        return em.createQuery("SELECT t FROM NatTest t WHERE t.residentId = :resident AND t.sampledAt <= :now"
                        + " AND t.voidedAt IS NULL ORDER BY t.sampledAt DESC", NatTest.class)
                .setParameter("resident", residentId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<AntigenTest> latestAntigen(long residentId, Instant now) {
        return em.createQuery("SELECT t FROM AntigenTest t WHERE t.residentId = :resident AND t.testedAt <= :now"
                        + " ORDER BY t.testedAt DESC", AntigenTest.class)
                .setParameter("resident", residentId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Doses received by {@code now}, each dose of the course counted once however often it was reported. */
    public int doses(long residentId, Instant now) {
        Long count = em.createQuery("SELECT COUNT(DISTINCT v.doseNumber) FROM Vaccination v"
                        + " WHERE v.residentId = :resident AND v.vaccinatedAt <= :now", Long.class)
                .setParameter("resident", residentId).setParameter("now", now)
                .getSingleResult();
        return count.intValue();
    }
}
