package org.sitepass.sites;

import java.time.Instant;

/** Fired after commit when a district officer has revoked a venue's site code. */
public record SiteCodeRevoked(long venueId, String codeNumber, String districtCode, Instant at) {
}
