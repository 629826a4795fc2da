package org.sitepass.sites;

/**
 * A venue as other modules know it: where it is, who manages it, and whether its site code is active.
 *
 * @param manager the Keycloak user name of the venue's manager
 */
public record VenueRef(long id, String name, String codeNumber, String districtCode, String streetCode,
                       String categoryCode, String manager, boolean codeActive) {
}
