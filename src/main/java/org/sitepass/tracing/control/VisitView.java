package org.sitepass.tracing.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.residents.Colour;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.tracing.entity.PassRecord;
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

/**
 * One visit as the resident who made it sees it: where, when, how they entered and what the door answered.
 *
 * @param id      the pass record's id, as text: it is a random 63-bit number, which JavaScript's numbers would round
 * @param day     the record's day in the city's calendar, with the id its key
 * @param time    when the person was at the door, the device's clock corrected by its drift where a device decided
 * @param colour  the person's colour at that moment, when known
 */
public record VisitView(String id, LocalDate day, long venueId, String venueName, Instant time, PassSource source,
                        PassOutcome outcome, List<PassReason> reasons, Colour colour) {

    public VisitView {
        reasons = List.copyOf(reasons);
    }

    static VisitView of(PassRecord record, String venueName) {
        return new VisitView(Long.toString(record.getId()), record.getDay(), record.getVenueId(), venueName,
                record.getPassedAt(), record.getSource(), record.getOutcome(), record.getReasons(),
                record.getColour());
    }

    /** The visit just recorded, from what was written: read back, it may not yet be visible to this transaction. */
    static VisitView of(PassEntry entry, PassRecordId key, String venueName) {
        return new VisitView(Long.toString(key.getId()), key.getDay(), entry.venueId(), venueName, entry.passedAt(),
                entry.source(), entry.verdict().outcome(), entry.verdict().reasons(), entry.colour());
    }
}
