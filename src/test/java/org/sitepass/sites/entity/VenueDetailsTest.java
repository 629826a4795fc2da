package org.sitepass.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VenueDetailsTest {

    private final VenueDetails full = VenueTest.details("联华超市", "四川北路 1 号", "MARKET");

    @Test
    void theBuilderSetsEachFieldByName() {
        VenueDetails built = full.toBuilder().location(new BigDecimal("31.26"), new BigDecimal("121.48")).build();
        assertEquals("联华超市", built.getName());
        assertEquals("MARKET", built.getCategoryCode());
        assertEquals("310109", built.getDistrictCode());
        assertEquals("310109009", built.getStreetCode());
        assertEquals("四川北路 1 号", built.getAddress());
        assertEquals(new BigDecimal("31.26"), built.getLatitude());
        assertEquals(new BigDecimal("121.48"), built.getLongitude());
        assertEquals("联华超市有限公司", built.getOperatorName());
        assertEquals("91310000607216596U", built.getOperatorCreditCode());
        assertEquals("sealed-person", built.getSealedResponsiblePerson());
        assertEquals("sealed-mobile", built.getSealedContactMobile());
        assertEquals(2, built.getEntrances());
        assertEquals(500, built.getExpectedDailyVisitors());
        assertTrue(built.isComplete());
    }

    @Test
    void fieldsLeftOutStayEmptyAndTheDraftIncomplete() {
        VenueDetails draft = VenueDetails.builder().name("只有名字").build();
        assertNull(draft.getAddress());
        assertFalse(draft.isComplete());
    }

    @Test
    void changingACopyLeavesTheOriginalAndEarlierBuildsAlone() {
        VenueDetails.Builder builder = full.toBuilder().name("华联超市");
        VenueDetails first = builder.build();
        builder.name("世纪联华");
        assertEquals("联华超市", full.getName());
        assertEquals("华联超市", first.getName());
        assertEquals("世纪联华", builder.build().getName());
    }

    @Test
    void unreviewedChangesKeepTheReviewedFieldsAndThePlace() {
        VenueDetails edited = full.toBuilder().name("新名字").address("新地址").districtCode("310115")
                .sealedResponsiblePerson("sealed-other-person").entrances(3).build();
        VenueDetails kept = full.withUnreviewedFrom(edited);
        assertEquals("联华超市", kept.getName());
        assertEquals("四川北路 1 号", kept.getAddress());
        assertEquals("310109", kept.getDistrictCode());
        assertEquals("sealed-other-person", kept.getSealedResponsiblePerson());
        assertEquals(3, kept.getEntrances());
        assertTrue(full.differsForReview(edited));
    }
}
