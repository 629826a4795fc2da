package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.StoredTime;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HealthFacts;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.Hold;
import org.sitepass.residents.entity.Resident;

/** A resident's health records as they stand at a moment: what the verdict and the resident's own code show. */
@ApplicationScoped
public class HealthRecords {

    /**
     * Everything the verdict needs in one round trip, as rows of (kind, colour, time, result, doses): the colour
     * change in force (the latest effective, and of two at once the source's latest), every open hold, the latest
     * nucleic-acid test not voided, the latest antigen test and the doses counted. Each part reads one person's rows
     * by the index that starts with resident_id, newest first, and stops at its first row. The indexes are named
     * because the one on time alone looks as good to the planner while a table is small, and this runs for every
     * person at every door.
     */
    static final String FACTS = """
            (SELECT 'C' AS kind, colour, effective_at AS at, NULL AS result, 0 AS doses
              FROM residents_colour_change FORCE INDEX (residents_colour_change_resident)
              WHERE resident_id = ?1 AND effective_at <= ?2 ORDER BY effective_at DESC, source_time DESC LIMIT 1)
            UNION ALL
            (SELECT 'H', colour, placed_at, NULL, 0 FROM residents_hold FORCE INDEX (residents_hold_resident)
              WHERE resident_id = ?3 AND lifted_at IS NULL)
            UNION ALL
            (SELECT 'N', NULL, sampled_at, result, 0 FROM residents_nat_test FORCE INDEX (residents_nat_test_resident)
              WHERE resident_id = ?4 AND sampled_at <= ?5 AND voided_at IS NULL ORDER BY sampled_at DESC LIMIT 1)
            UNION ALL
            (SELECT 'A', NULL, tested_at, result, 0
              FROM residents_antigen_test FORCE INDEX (residents_antigen_test_resident)
              WHERE resident_id = ?6 AND tested_at <= ?7 ORDER BY tested_at DESC LIMIT 1)
            UNION ALL
            (SELECT 'V', NULL, NULL, NULL, COUNT(DISTINCT dose_number)
              FROM residents_vaccination FORCE INDEX (residents_vaccination_resident)
              WHERE resident_id = ?8 AND vaccinated_at <= ?9)""";

    @PersistenceContext
    EntityManager em;

    /** The facts the verdict needs at {@code now}, in one query: records effective later do not count yet. */
    public HealthFacts factsOf(Resident resident, Instant now) {
        long id = resident.id();
        Object at = StoredTime.of(now);
        @SuppressWarnings("unchecked") // a native query of several columns answers arrays
        List<Object[]> rows = em.createNativeQuery(FACTS)
                .setParameter(1, id).setParameter(2, at).setParameter(3, id).setParameter(4, id)
                .setParameter(5, at).setParameter(6, id).setParameter(7, at).setParameter(8, id)
                .setParameter(9, at).getResultList();
        return facts(rows, resident.birthDate().orElse(null), resident.isDisabled());
    }

    /** The facts {@link #FACTS}' rows say; a kind with no row is a fact nobody reported. */
    static HealthFacts facts(List<Object[]> rows, LocalDate birthDate, boolean disabled) {
        Colour feed = Colour.GREEN;
        Colour hold = null;
        Instant natSampledAt = null;
        TestResult natResult = null;
        Instant antigenTestedAt = null;
        TestResult antigenResult = null;
        int doses = 0;
        for (Object[] row : rows) {
            switch (String.valueOf(row[0])) {
                case "C" -> feed = Colour.valueOf((String) row[1]);
                case "H" -> hold = Colour.valueOf((String) row[1]).stricter(hold);
                case "N" -> {
                    natSampledAt = StoredTime.read(row[2]);
                    natResult = TestResult.valueOf((String) row[3]);
                }
                case "A" -> {
                    antigenTestedAt = StoredTime.read(row[2]);
                    antigenResult = TestResult.valueOf((String) row[3]);
                }
                case "V" -> doses = ((Number) row[4]).intValue();
                default -> throw new IllegalStateException("a kind of fact the query does not make: " + row[0]);
            }
        }
        return new HealthFacts(feed, hold, natSampledAt, natResult, antigenTestedAt, antigenResult, doses, birthDate,
                disabled);
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
}
