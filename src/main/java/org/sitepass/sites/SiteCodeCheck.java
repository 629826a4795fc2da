package org.sitepass.sites;

import java.time.Instant;

/**
 * What anyone who scans a genuine site code may learn: the venue's public details and whether the code is active.
 *
 * @param status {@code ACTIVE}; suspended and revoked codes are refused, not reported
 */
public record SiteCodeCheck(long venueId, String codeNumber, String venueName, String categoryCode,
                            String districtCode, String streetCode, String address, String status,
                            Instant issuedAt) {
}
