package org.sitepass.tracing.control;

import java.time.Instant;
import org.sitepass.tracing.entity.DoorStaff;

/** A door-staff account of a venue as its manager sees it. */
public record DoorStaffView(long venueId, String account, String namedBy, Instant namedAt) {

    static DoorStaffView of(DoorStaff staff) {
        return new DoorStaffView(staff.getVenueId(), staff.getAccount(), staff.getNamedBy(), staff.getNamedAt());
    }
}
