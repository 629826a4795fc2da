package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureStatus;

/**
 * An exposure of a venue as its manager sees it: when, and what visitors were told. Not the case, the tracer's note,
 * who marked it or how many people were there.
 */
public record VenueExposure(String reference, long venueId, String venueName, Instant from, Instant to, String text,
                            ExposureStatus status, Instant markedAt) implements Serializable {

    static VenueExposure of(Exposure exposure, String venueName) {
        return new VenueExposure(exposure.reference(), exposure.venueId(), venueName, exposure.window().from(),
                exposure.window().to(), exposure.noticeText(), exposure.status(), exposure.createdAt());
    }
}
