package org.sitepass.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The venue a record is about and the district it counted for when it was written: a district's history stays
 * its own when a venue later moves, and a district's rows are found without asking the module that owns venues.
 */
@Embeddable
public class VenueInDistrict {

    @Column(name = "venue_id")
    private long venueId;
    @Column(name = "district_code")
    private String districtCode;

    protected VenueInDistrict() {
    }

    public VenueInDistrict(long venueId, String districtCode) {
        this.venueId = venueId;
        this.districtCode = districtCode;
    }

    public long getVenueId() {
        return venueId;
    }

    public String getDistrictCode() {
        return districtCode;
    }
}
