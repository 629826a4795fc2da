package org.sitepass.tracing.control;

import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.tracing.entity.PurgedDay;

/** One day of the purge history, for the auditor. */
public record PurgeView(LocalDate day, Instant purgedAt, long records, long sequences) {

    static PurgeView of(PurgedDay purged) {
        return new PurgeView(purged.getDay(), purged.getPurgedAt(), purged.getRecords(), purged.getSequences());
    }
}
