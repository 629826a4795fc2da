package org.sitepass.sites.control;

import java.time.Instant;
import org.sitepass.sites.entity.VenueStatus;

/** One venue in a district's review queue, flagged when another venue looks like the same place. */
public record QueueEntry(long id, String name, String categoryCode, String streetCode, String address,
                         String operatorName, VenueStatus status, boolean change, Instant submittedAt,
                         boolean possibleDuplicate) {
}
