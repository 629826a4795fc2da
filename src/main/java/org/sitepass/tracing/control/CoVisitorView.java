package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * Someone recorded at a case's venue within the window of its visit, by reference and masked name only.
 *
 * @param person         the resident reference, what a reveal or a nucleic-acid query takes
 * @param passedAt       their pass closest to the case's
 * @param overlapMinutes how long both were there as estimated (see {@code CoVisitRanking}), whole minutes
 * @param rank           their place, from 1, most exposed first
 */
public record CoVisitorView(String person, String maskedName, Instant passedAt, long overlapMinutes, int rank)
        implements Serializable {
}
