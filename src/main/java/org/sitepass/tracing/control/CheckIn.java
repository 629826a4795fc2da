package org.sitepass.tracing.control;

/**
 * The answer to a poster scan: the visit on record and whether this scan made it.
 *
 * @param recorded false when a check-in at the same venue within the window answered instead
 */
public record CheckIn(VisitView visit, boolean recorded) {
}
