package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.PeriodParameters;
import org.sitepass.sites.control.ReviewQuery;

/** Filters, order and page of the review queue. */
public class QueueParameters extends PageParameters {

    @QueryParam("street")
    @Pattern(regexp = "([0-9]{9})?", message = "{sites.validation.street}")
    String street;

    @QueryParam("category")
    @Pattern(regexp = "([A-Z_]{1,16})?", message = "{sites.validation.category}")
    String category;

    @QueryParam("submittedFrom")
    @Pattern(regexp = PeriodParameters.DATE, message = "{sitepass.validation.date}")
    String submittedFrom;

    @QueryParam("submittedTo")
    @Pattern(regexp = PeriodParameters.DATE, message = "{sitepass.validation.date}")
    String submittedTo;

    @QueryParam("sort")
    @Pattern(regexp = "(submittedAt|name|street|category)?", message = "{sites.validation.sort}")
    String sort;

    @QueryParam("descending")
    boolean descending;

    ReviewQuery toQuery(String districtCode) {
        return new ReviewQuery(districtCode, blankToNull(street), blankToNull(category),
                PeriodParameters.date("submittedFrom", submittedFrom),
                PeriodParameters.date("submittedTo", submittedTo), sort, descending, first(), size());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
