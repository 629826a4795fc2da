package org.sitepass.devices;

import java.util.List;

/**
 * Fired after commit when sentries may no longer check people where they stood: decommissioned, stopped by a
 * certificate, taken away from their venue, or suspended or ended with the venue's code. Whoever keeps an answer of
 * {@link Devices#sentry} forgets theirs.
 */
public record SentryWithdrawn(List<Long> deviceIds) {

    public SentryWithdrawn {
        deviceIds = List.copyOf(deviceIds);
    }
}
