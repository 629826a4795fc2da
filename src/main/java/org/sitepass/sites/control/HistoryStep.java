package org.sitepass.sites.control;

import java.time.Instant;
import org.sitepass.sites.entity.ReviewEvent;

/** One step of a venue's history as its manager sees it: what happened, why, and when. */
public record HistoryStep(String kind, String reason, Instant occurredAt) {

    static HistoryStep of(ReviewEvent event) {
        return new HistoryStep(event.getKind().name(), event.getReason(), event.getOccurredAt());
    }
}
