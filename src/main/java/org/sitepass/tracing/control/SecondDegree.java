package org.sitepass.tracing.control;

import java.time.Instant;
import java.util.List;

/**
 * Where the first-degree contacts of one visit went afterwards: venues, never who.
 *
 * @param contactsFollowed how many contacts were followed, the most exposed first, at most
 *                         {@link TraceSettings#SECOND_DEGREE_CONTACTS}
 * @param until            how far after the shared visit their passes were looked for
 */
public record SecondDegree(CaseVisitView visit, int contactsFollowed, Instant until, List<Venue> items) {

    /**
     * A venue a contact passed after the shared visit.
     *
     * @param contacts how many of the followed contacts passed there
     */
    public record Venue(long venueId, String venueName, int contacts, Instant firstPassedAt, Instant lastPassedAt) {
    }

    public SecondDegree {
        items = List.copyOf(items);
    }
}
