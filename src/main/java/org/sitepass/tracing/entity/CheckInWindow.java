package org.sitepass.tracing.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a resident's check-in at a venue stands for any further scan of the same poster: a second scan in the
 * queue, a reload of the page or a double tap is the same visit, not a second one in the trace.
 */
public record CheckInWindow(Duration length) {

    public CheckInWindow {
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a check-in window cannot be negative");
        }
    }

    /** The earliest time a check-in still covers a scan at {@code now}. */
    public Instant since(Instant now) {
        return now.minus(length);
    }

    /** Whether a check-in recorded at {@code earlier} answers a scan at {@code now}. */
    public boolean covers(Instant earlier, Instant now) {
        return !earlier.isBefore(since(now)) && !earlier.isAfter(now);
    }
}
