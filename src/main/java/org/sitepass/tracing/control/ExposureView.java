package org.sitepass.tracing.control;

import java.time.Instant;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureStatus;

/**
 * An exposure as tracers see it: the venue and window, what the people read, and how many were found and told so
 * far. Nobody's identity: the people are only counted.
 */
public record ExposureView(long id, String reference, long venueId, String venueName, Instant from, Instant to,
                           String caseReference, String note, String text, ExposureStatus status, int people,
                           int notified, String createdBy, Instant createdAt, Instant correctedAt,
                           Instant withdrawnAt) {

    static ExposureView of(Exposure exposure, String venueName) {
        return new ExposureView(exposure.id(), exposure.reference(), exposure.venueId(), venueName,
                exposure.window().from(), exposure.window().to(), exposure.caseReference(), exposure.note(),
                exposure.noticeText(), exposure.status(), exposure.people(), exposure.notified(),
                exposure.createdBy(), exposure.createdAt(), exposure.correctedAt(), exposure.withdrawnAt());
    }
}
