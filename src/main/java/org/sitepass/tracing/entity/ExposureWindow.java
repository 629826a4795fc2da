package org.sitepass.tracing.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.tracing.TracingTexts;

/**
 * When a venue was exposed: from (inclusive) to (exclusive), as a pass's time is known ({@code PassRecord#getPassedAt},
 * the device's clock corrected by its drift). A window is in the past, at most {@link #LONGEST} long, and within the
 * days whose pass records are still kept; it may cross midnight.
 */
public record ExposureWindow(Instant from, Instant to) {

    /** Longer exposures are marked as several windows, each reviewed on its own. */
    public static final Duration LONGEST = Duration.ofHours(72);
    /**
     * How much earlier than its pass a record may have been received: a device's clock, even corrected, may run a
     * little fast, so the search by receive time starts this much before the window.
     */
    public static final Duration CLOCK_ALLOWANCE = Duration.ofMinutes(10);

    /**
     * A window a tracer gives, checked against {@code now} and the first day still kept.
     *
     * @throws InvalidInput naming {@code from} or {@code to}
     */
    public static ExposureWindow of(Instant from, Instant to, Instant now, LocalDate firstKept) {
        if (from == null) {
            throw InvalidInput.of("from", ModuleText.validation("sitepass.validation.required"));
        }
        if (to == null) {
            throw InvalidInput.of("to", ModuleText.validation("sitepass.validation.required"));
        }
        if (!from.isBefore(to)) {
            throw InvalidInput.of("to", TracingTexts.text("tracing.exposure.window.order"));
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw InvalidInput.of("to", TracingTexts.text("tracing.exposure.window.tooLong", LONGEST.toHours()));
        }
        if (to.isAfter(now)) {
            throw InvalidInput.of("to", TracingTexts.text("tracing.exposure.window.future"));
        }
        if (from.isBefore(CityTime.startOf(firstKept))) {
            throw InvalidInput.of("from", TracingTexts.text("tracing.exposure.window.purged", firstKept.toString()));
        }
        return new ExposureWindow(from, to);
    }

    /** The earliest receive time a record of a pass in the window can carry. */
    public Instant earliestRecorded() {
        return from.minus(CLOCK_ALLOWANCE);
    }

    /** The first day partition that can hold a record of the window. */
    public LocalDate firstDay() {
        return LocalDate.ofInstant(earliestRecorded(), CityTime.ZONE);
    }
}
