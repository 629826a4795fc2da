package org.sitepass.tracing.control;

import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.platform.StoredTime;
import org.sitepass.tracing.entity.CoVisitRanking;
import org.sitepass.tracing.entity.PassRecord;
import org.sitepass.tracing.entity.VisitRef;

/**
 * The columns of a pass record a case's lookups read, without the entity: thousands of them make a trace, and
 * managed entities would cost a persistence context's bookkeeping each.
 *
 * @param passedAt when the person was at the door ({@link PassRecord#getPassedAt})
 */
record PassRow(LocalDate day, long id, Instant recordedAt, Instant passedAt, long venueId, String entrance,
               String source, String credentialType, String person) {

    /** The select list {@link #of} reads, in its order. */
    static final String COLUMNS = "day, id, recorded_at, device_time, clock_drift_ms, venue_id, entrance, source,"
            + " credential_type, resident_ref";

    static PassRow of(Object[] row) {
        Instant recordedAt = StoredTime.read(row[2]);
        Instant deviceTime = row[3] == null ? null : StoredTime.read(row[3]);
        Long drift = row[4] == null ? null : ((Number) row[4]).longValue();
        return new PassRow(day(row[0]), ((Number) row[1]).longValue(), recordedAt,
                PassRecord.passedAt(recordedAt, deviceTime, drift), ((Number) row[5]).longValue(), (String) row[6],
                (String) row[7], (String) row[8], (String) row[9]);
    }

    private static LocalDate day(Object column) {
        return column instanceof LocalDate day ? day : ((java.sql.Date) column).toLocalDate();
    }

    CoVisitRanking.Pass pass() {
        return new CoVisitRanking.Pass(person, passedAt);
    }

    VisitRef visit() {
        return new VisitRef(day, id);
    }
}
