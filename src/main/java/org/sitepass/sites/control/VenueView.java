package org.sitepass.sites.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.sitepass.sites.entity.CodeStatus;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueAction;
import org.sitepass.sites.entity.VenueDetails;
import org.sitepass.sites.entity.VenueStatus;

/**
 * A venue as the API and the pages show it. Details are as last stated by the applicant (a change under review
 * included); the responsible person's name and the contact mobile are in clear only for the venue's own manager,
 * masked for everyone else.
 *
 * @param actions     what the venue's state allows next (whether this caller may do it is decided on the request)
 * @param rejected    whether the last decision was a rejection, whose reason the applicant reads
 * @param underReview whether an application or a change awaits the district's decision
 * @param printable   whether the code is active, so that a poster may be printed
 * @param reprintDue  whether the poster last printed holds the bare payload, which phones' cameras do not open
 */
public record VenueView(long id, String name, String categoryCode, String districtCode, String streetCode,
                        String address, BigDecimal latitude, BigDecimal longitude, String operatorName,
                        String operatorCreditCode, String responsiblePerson, String contactMobile, Integer entrances,
                        Integer expectedDailyVisitors, VenueStatus status, Set<VenueAction> actions,
                        boolean rejected, String codeNumber, String rejectionReason,
                        String codeStatusReason, Instant submittedAt, Instant issuedAt, String manager,
                        boolean underReview, boolean printable, boolean reprintDue) {

    static VenueView of(Venue venue, String responsiblePerson, String contactMobile) {
        VenueDetails d = venue.forEditing();
        return new VenueView(venue.getId(), d.getName(), d.getCategoryCode(), d.getDistrictCode(), d.getStreetCode(),
                d.getAddress(), d.getLatitude(), d.getLongitude(), d.getOperatorName(), d.getOperatorCreditCode(),
                responsiblePerson, contactMobile, d.getEntrances(), d.getExpectedDailyVisitors(),
                venue.status(), venue.allowedActions(), venue.isRejected(), venue.getCodeNumber(),
                venue.getRejectionReason(), venue.getCodeStatusReason(), venue.getSubmittedAt(), venue.getIssuedAt(),
                venue.getManager(),
                venue.isUnderReview(), venue.getCodeStatus() == CodeStatus.ACTIVE, venue.isReprintDue());
    }

    /** The form to edit this venue with, prefilled. */
    public VenueForm toForm() {
        VenueForm form = new VenueForm();
        form.setName(name);
        form.setCategoryCode(categoryCode);
        form.setDistrictCode(districtCode);
        form.setStreetCode(streetCode);
        form.setAddress(address);
        form.setLatitude(latitude);
        form.setLongitude(longitude);
        form.setOperatorName(operatorName);
        form.setOperatorCreditCode(operatorCreditCode);
        form.setResponsiblePerson(responsiblePerson);
        form.setContactMobile(contactMobile);
        form.setEntrances(entrances);
        form.setExpectedDailyVisitors(expectedDailyVisitors);
        return form;
    }
}
