package org.sitepass.devices.control;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sentries standing in a district: how many, whose, which models, and which are offline now; and apart, the
 * devices placed there that may not work (the venue's code suspended, or the device's certificate withdrawn).
 */
public record DistrictFleet(String districtCode, long total, long online, List<Count> byVendor,
                            List<Count> byModel, List<DeploymentView> offline, List<DeploymentView> stopped) {

    /** Devices of one vendor or model, and how many of them are offline. */
    @Schema(name = "FleetCount")
    public record Count(long id, String name, long total, long offline) {
    }
}
