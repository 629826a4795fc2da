package org.sitepass.sites;

import java.time.Instant;

/** Fired after commit when a district officer has reinstated a venue's site code. */
public record SiteCodeReinstated(long venueId, String codeNumber, String districtCode, Instant at) {
}
