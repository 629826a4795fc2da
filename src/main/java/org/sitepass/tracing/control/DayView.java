package org.sitepass.tracing.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What is left of one day's pass records: the auditor's proof that a day past the retention period is gone.
 *
 * @param records       how many are stored now
 * @param gone          whether none is stored and none may be: the purge removed them, or the day is past the
 *                      retention period
 * @param purgedAt      when the purge removed them; none when it never had any to remove
 * @param purgedRecords how many it removed, likewise
 */
public record DayView(LocalDate day, long records, boolean gone, Instant purgedAt, Long purgedRecords) {
}
