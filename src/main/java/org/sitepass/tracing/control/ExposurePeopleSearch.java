package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.StoredTime;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureStatus;
import org.sitepass.tracing.entity.ExposureWindow;

/**
 * Who was at an exposed venue in its window: searched when the exposure is marked, and again by the sweep for what
 * offline devices upload later, each person remembered once to be told ({@link Exposures#tellNext}).
 */
@ApplicationScoped
public class ExposurePeopleSearch {

    /**
     * The residents recorded at the venue with a pass time ({@code PassRecord#getPassedAt}: the device's clock
     * corrected by its drift, else the receive time) in the window, among the records received in one range of an
     * {@link ExposureSearch}; {@code decided_offline >= ?} takes every record for 0 and the offline ones for 1. A plain
     * consistent read: it locks no range of the venue's index, so the doors' writer never waits for it.
     */
    static final String FIND_PEOPLE = """
            SELECT DISTINCT resident_ref FROM tracing_pass_record
            WHERE venue_id = ? AND recorded_at >= ? AND recorded_at < ? AND day >= ? AND day <= ?
              AND resident_ref IS NOT NULL AND decided_offline >= ?
              AND CASE WHEN device_time IS NULL THEN recorded_at
                       WHEN clock_drift_ms IS NULL THEN device_time
                       ELSE device_time - INTERVAL clock_drift_ms * 1000 MICROSECOND END >= ?
              AND CASE WHEN device_time IS NULL THEN recorded_at
                       WHEN clock_drift_ms IS NULL THEN device_time
                       ELSE device_time - INTERVAL clock_drift_ms * 1000 MICROSECOND END < ?""";
    /** People remembered in one statement; someone already found, told or not, is skipped. */
    static final int INSERT_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Searches the records received since the exposure's last search, in a transaction of its own, while it is active
     * and until offline uploads can no longer come; the people found and not yet known wait to be told. Once the
     * search has ended, who was told is forgotten.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void searchNext(long exposureId) {
        Exposure exposure = em.find(Exposure.class, exposureId, LockModeType.PESSIMISTIC_WRITE);
        if (exposure == null || !exposure.isActive()) {
            return;
        }
        Instant now = CityTime.now();
        if (!exposure.scannedTo().isBefore(ExposureSearch.until(exposure.window(), now))) {
            return;
        }
        search(exposure, now);
        if (!exposure.scannedTo().isBefore(ExposureSearch.end(exposure.window()))) {
            em.createNativeQuery("DELETE FROM tracing_exposure_pending WHERE exposure_id = ? AND told_at IS NOT NULL")
                    .setParameter(1, exposureId).executeUpdate();
        }
    }

    /**
     * The active exposures whose people may still be uploaded by offline devices, for the sweep; in a
     * transaction, as a scheduled task's reads must be ({@link org.sitepass.platform.PeriodicTask}).
     */
    @Transactional
    public List<Long> stillSearched() {
        Instant endsAfter = CityTime.now().minus(EntryCheck.OFFLINE_HORIZON).minus(ExposureWindow.CLOCK_ALLOWANCE);
        return em.createQuery("SELECT e.id FROM Exposure e WHERE e.status = :active AND e.endsAt > :endsAfter",
                        Long.class)
                .setParameter("active", ExposureStatus.ACTIVE).setParameter("endsAfter", endsAfter).getResultList();
    }

    /** Finds the people in the records received since the last search, remembers the new ones, moves the mark on. */
    void search(Exposure exposure, Instant now) {
        ExposureWindow window = exposure.window();
        Instant until = ExposureSearch.until(window, now);
        Set<String> found = new TreeSet<>();
        for (ExposureSearch range : ExposureSearch.ranges(window, exposure.scannedTo(), until)) {
            @SuppressWarnings("unchecked") // a native query of one column answers its values
            List<String> people = em.createNativeQuery(FIND_PEOPLE)
                    .setParameter(1, exposure.venueId())
                    .setParameter(2, StoredTime.of(range.from()))
                    .setParameter(3, StoredTime.of(range.to()))
                    .setParameter(4, java.sql.Date.valueOf(LocalDate.ofInstant(range.from(), CityTime.ZONE)))
                    .setParameter(5, java.sql.Date.valueOf(LocalDate.ofInstant(range.to(), CityTime.ZONE)))
                    .setParameter(6, range.offlineOnly() ? 1 : 0)
                    .setParameter(7, StoredTime.of(window.from()))
                    .setParameter(8, StoredTime.of(window.to()))
                    .getResultList();
            found.addAll(people);
        }
        exposure.found(remember(exposure.id(), List.copyOf(found)));
        exposure.scanned(until);
    }

    /** Adds the people not known yet to the exposure's; answers how many were new. */
    private int remember(long exposureId, List<String> people) {
        int added = 0;
        for (int start = 0; start < people.size(); start += INSERT_BATCH) {
            List<String> chunk = people.subList(start, Math.min(people.size(), start + INSERT_BATCH));
            var insert = em.createNativeQuery("INSERT IGNORE INTO tracing_exposure_pending (exposure_id, resident_ref)"
                    + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")));
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(2 * i + 1, exposureId).setParameter(2 * i + 2, chunk.get(i));
            }
            added += insert.executeUpdate();
        }
        return added;
    }
}
