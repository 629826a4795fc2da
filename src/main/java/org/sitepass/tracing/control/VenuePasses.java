package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.StoredTime;
import org.sitepass.residents.PassOutcome;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/** What a venue's manager sees of the checks at their doors: counts by hour, never who. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VenuePasses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    /** The day's passes and stops by hour, for a venue the caller manages; none for anyone else's. */
    public Optional<List<HourlyPasses>> byHour(Caller manager, long venueId, LocalDate day) {
        return sites.venue(venueId).filter(v -> manager.name().equals(v.manager()))
                .map(v -> HourlyPasses.day(counts(venueId, day)));
    }

    /** The venues the caller manages, by name, to choose from. */
    public List<VenueRef> venuesOf(Caller manager) {
        return sites.venues(sites.venueIdsManagedBy(manager.name())).values().stream()
                .sorted(Comparator.comparing(VenueRef::name)).toList();
    }

    /** Hours counted from the day's start in the city, which keeps the same offset all year. */
    @SuppressWarnings("unchecked")
    private List<HourlyPasses.Counted> counts(long venueId, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT FLOOR(TIMESTAMPDIFF(SECOND, ?, recorded_at) / 3600) AS h, outcome, COUNT(*)
                        FROM tracing_pass_record WHERE day = ? AND venue_id = ? GROUP BY h, outcome""")
                .setParameter(1, StoredTime.of(CityTime.startOf(day)))
                .setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, venueId)
                .getResultList();
        return rows.stream().map(row -> new HourlyPasses.Counted(((Number) row[0]).intValue(),
                PassOutcome.STOP.name().equals(row[1]), ((Number) row[2]).longValue())).toList();
    }
}
