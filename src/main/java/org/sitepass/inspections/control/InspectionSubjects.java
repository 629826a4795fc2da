package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.sitepass.platform.Caller;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;

/** The venues an inspector may inspect: those of their district that were issued a code; others do not exist. */
@ApplicationScoped
public class InspectionSubjects {

    @Inject
    Sites sites;

    public Optional<VenueRef> venue(Caller inspector, long venueId) {
        return inDistrict(inspector, sites.venue(venueId));
    }

    /** By the number on the poster, typed or read, as an inspector arriving at an unplanned venue has it. */
    public Optional<VenueRef> venueWithCode(Caller inspector, String codeNumber) {
        return inDistrict(inspector, sites.venueWithCode(codeNumber));
    }

    private static Optional<VenueRef> inDistrict(Caller inspector, Optional<VenueRef> venue) {
        String district = InspectionScope.inspectorDistrict(inspector);
        return venue.filter(v -> v.codeNumber() != null && district.equals(v.districtCode()));
    }
}
