package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.ThreadLocalRandom;
import org.sitepass.platform.StoredTime;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * Where pass records are written, and the only place: a record is durable when {@link #append} returns, so that
 * a door's answer never leaves before its record.
 */
@ApplicationScoped
public class PassLedger {

    @PersistenceContext
    EntityManager em;

    /** Records a pass in the caller's transaction, or in one of its own; answers the record's key. */
    @Transactional
    public PassRecordId append(PassEntry entry) {
        PassRecordId key = new PassRecordId(entry.day(), newId());
        em.createNativeQuery("""
                        INSERT INTO tracing_pass_record (day, id, recorded_at, device_time, clock_drift_ms, venue_id,
                            entrance, source, device_id, sequence, staff, resident_ref, credential_type, temperature,
                            outcome, reasons, colour, decided_offline)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .setParameter(1, java.sql.Date.valueOf(key.getDay()))
                .setParameter(2, key.getId())
                .setParameter(3, StoredTime.of(entry.recordedAt()))
                .setParameter(4, entry.deviceTime() == null ? null : StoredTime.of(entry.deviceTime()))
                .setParameter(5, entry.clockDriftMs())
                .setParameter(6, entry.venueId())
                .setParameter(7, entry.entrance())
                .setParameter(8, entry.source().name())
                .setParameter(9, entry.deviceId())
                .setParameter(10, entry.sequence())
                .setParameter(11, entry.staff())
                .setParameter(12, entry.resident() == null ? null : entry.resident().value())
                .setParameter(13, entry.credential() == null ? null : entry.credential().name())
                .setParameter(14, entry.temperature())
                .setParameter(15, entry.verdict().outcome().name())
                .setParameter(16, entry.reasonCodes())
                .setParameter(17, entry.colour() == null ? null : entry.colour().name())
                .setParameter(18, entry.decidedOffline())
                .executeUpdate();
        return key;
    }

    /** Random and positive: not time-ordered, so that a distributed engine spreads the inserts. */
    static long newId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
