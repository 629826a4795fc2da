package org.sitepass.devices;

/**
 * A sentry allowed to check people now: the device a token speaks for, standing (deployed and accepted) at a venue
 * whose site code is active.
 *
 * @param clockDriftMs how far the device's clock ran ahead of the server's at its last heartbeat, if it beat yet
 */
public record Sentry(long deviceId, long venueId, String districtCode, String categoryCode, String entrance,
                     Long clockDriftMs) {
}
