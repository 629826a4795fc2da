package org.sitepass.tracing.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/**
 * How far around a visit its co-visitors are looked for, as ISO 8601 durations in hours and minutes ({@code PT30M},
 * {@code PT1H30M}); either left out takes the default. The use case holds the widest allowed.
 */
public class WindowParameters {

    static final String REACH = "(PT(\\d{1,2}H)?(\\d{1,3}M)?)?";

    @QueryParam("before")
    @Pattern(regexp = REACH, message = "{tracing.validation.reach}")
    String before;

    @QueryParam("after")
    @Pattern(regexp = REACH, message = "{tracing.validation.reach}")
    String after;

    Duration before() {
        return reach(before);
    }

    Duration after() {
        return reach(after);
    }

    private static Duration reach(String text) {
        return text == null || text.isEmpty() || "PT".equals(text) ? null : Duration.parse(text);
    }
}
