package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.StoredTime;
import org.sitepass.tracing.entity.CoVisitWindow;

/**
 * The reads of pass records a case's lookups make, each one statement over one of the table's two secondary indexes,
 * with the days it may touch in the WHERE clause so that MariaDB reads those days' partitions only. The index is
 * named: on a day's partition a range over the primary key (day, id) can look as cheap to the optimiser as the one
 * venue's or person's entries, and is the whole day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PassReads {

    /** A venue's window of a visit, as one range of the venue index. */
    record VenueWindow(long venueId, CoVisitWindow window) {
    }

    @PersistenceContext
    EntityManager em;

    /** A person's records from {@code from} (by when they were at the door), as far as the records go. */
    List<PassRow> ofPerson(String person, Instant from, Instant until, Duration lateUpload) {
        return ofPeople(List.of(person), from, until, lateUpload);
    }

    /** The records of some people between two times (by when they were at the door), in one statement. */
    List<PassRow> ofPeople(Collection<String> people, Instant from, Instant until, Duration lateUpload) {
        if (people.isEmpty()) {
            return List.of();
        }
        Instant recordedFrom = from.minus(CoVisitWindow.DRIFT_MARGIN);
        Instant recordedTo = until.plus(lateUpload);
        Query query = em.createNativeQuery("SELECT " + PassRow.COLUMNS + " FROM tracing_pass_record"
                + " FORCE INDEX (tracing_pass_record_resident) WHERE resident_ref IN ("
                + String.join(", ", Collections.nCopies(people.size(), "?")) + ")"
                + " AND recorded_at >= ? AND recorded_at <= ? AND day BETWEEN ? AND ?");
        int position = 1;
        for (String person : people) {
            query.setParameter(position++, person);
        }
        query.setParameter(position++, StoredTime.of(recordedFrom));
        query.setParameter(position++, StoredTime.of(recordedTo));
        query.setParameter(position++, java.sql.Date.valueOf(day(recordedFrom)));
        query.setParameter(position, java.sql.Date.valueOf(day(recordedTo)));
        return rows(query).stream().filter(row -> !row.passedAt().isBefore(from) && row.passedAt().isBefore(until))
                .toList();
    }

    /**
     * Everyone recorded at the venues within their windows, in one statement: one range of the venue index per
     * window. A record in several windows comes once; the caller places it in each.
     */
    List<PassRow> atVenues(List<VenueWindow> windows, Duration lateUpload) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<String> ranges = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (VenueWindow venueWindow : windows) {
            CoVisitWindow window = venueWindow.window();
            List<LocalDate> days = window.recordedDays(lateUpload);
            ranges.add("(venue_id = ? AND recorded_at >= ? AND recorded_at <= ? AND day BETWEEN ? AND ?)");
            parameters.add(venueWindow.venueId());
            parameters.add(StoredTime.of(window.recordedFrom()));
            parameters.add(StoredTime.of(window.recordedTo(lateUpload)));
            parameters.add(java.sql.Date.valueOf(days.get(0)));
            parameters.add(java.sql.Date.valueOf(days.get(days.size() - 1)));
        }
        Query query = em.createNativeQuery("SELECT " + PassRow.COLUMNS + " FROM tracing_pass_record"
                + " FORCE INDEX (tracing_pass_record_venue) WHERE resident_ref IS NOT NULL AND ("
                + String.join(" OR ", ranges) + ")");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return rows(query);
    }

    /** The days between two that the purge history notes. */
    Set<LocalDate> purged(LocalDate first, LocalDate last) {
        return new HashSet<>(em.createQuery("SELECT p.day FROM PurgedDay p WHERE p.day BETWEEN :first AND :last",
                LocalDate.class).setParameter("first", first).setParameter("last", last).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<PassRow> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(PassRow::of).toList();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CityTime.ZONE).toLocalDate();
    }
}
