package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;

/** Counts per case or district, added up from the database's groups by status and assessment. */
class ContactCountTest {

    @Test
    void rowsOfAGroupAddUpByStatusAndAssessment() {
        List<ContactCount> counts = ContactCount.tally(List.of(
                new Object[] {"TC-20261204-0002", ContactStatus.IDENTIFIED, null, 4L},
                new Object[] {"TC-20261204-0002", ContactStatus.ASSESSED, Assessment.CLOSE_CONTACT, 2L},
                new Object[] {"TC-20261204-0002", ContactStatus.TRANSFERRED, Assessment.CLOSE_CONTACT, 1L},
                new Object[] {"TC-20261204-0001", ContactStatus.RELEASED, Assessment.CLEARED, 3L}));

        assertEquals(2, counts.size());
        ContactCount first = counts.get(0);
        assertEquals("TC-20261204-0002", first.group());
        assertEquals(7, first.total());
        assertEquals(Map.of("IDENTIFIED", 4L, "ASSESSED", 2L, "TRANSFERRED", 1L), first.byStatus());
        assertEquals(Map.of("CLOSE_CONTACT", 3L), first.byAssessment());
        assertEquals(new ContactCount("TC-20261204-0001", 3, Map.of("RELEASED", 3L), Map.of("CLEARED", 3L)),
                counts.get(1));
    }

    @Test
    void aDistrictTheRegistryDoesNotKnowIsAGroupOfItsOwn() {
        List<ContactCount> counts = ContactCount.tally(List.<Object[]>of(
                new Object[] {null, ContactStatus.NOTIFIED, null, 2L}));
        assertEquals(null, counts.get(0).group());
        assertEquals(2, counts.get(0).total());
    }

    @Test
    void statusesAreListedInTheOrderOfTheHandling() {
        List<ContactCount> counts = ContactCount.tally(List.of(
                new Object[] {"x", ContactStatus.RELEASED, null, 1L},
                new Object[] {"x", ContactStatus.IDENTIFIED, null, 1L}));
        assertEquals(List.of("IDENTIFIED", "RELEASED"), List.copyOf(counts.get(0).byStatus().keySet()));
    }
}
