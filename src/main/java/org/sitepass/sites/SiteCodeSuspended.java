package org.sitepass.sites;

import java.time.Instant;

/** Fired after commit when a district officer has suspended a venue's site code. */
public record SiteCodeSuspended(long venueId, String codeNumber, String districtCode, Instant at) {
}
