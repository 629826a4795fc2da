package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitepass.platform.PersonalData;
import org.sitepass.sites.entity.VenueDetails;

class VenuesTest {

    /** Seals visibly, naming the column it sealed for, so that a test sees what went where. */
    static final class VisibleSealing extends PersonalData {
        @Override
        public String seal(String plaintext, String column) {
            return "sealed(" + column + ")";
        }
    }

    private final Venues venues = withSealing();

    @Test
    void theResponsiblePersonIsStoredSealedForItsOwnColumnLikeTheMobile() {
        VenueForm form = new VenueForm();
        form.setResponsiblePerson("张三");
        form.setContactMobile("13812345678");
        VenueDetails details = venues.details(form);
        assertEquals("sealed(sites_venue.responsible_person)", details.getSealedResponsiblePerson());
        assertEquals("sealed(sites_venue.contact_mobile)", details.getSealedContactMobile());
    }

    @Test
    void aDraftWithoutAResponsiblePersonStoresNone() {
        assertNull(venues.details(new VenueForm()).getSealedResponsiblePerson());
    }

    private static Venues withSealing() {
        Venues venues = new Venues();
        venues.personalData = new VisibleSealing();
        return venues;
    }
}
