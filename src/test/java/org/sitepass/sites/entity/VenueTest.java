package org.sitepass.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** The life of a venue: its reviews and its code. */
class VenueTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final CodeNumber NUMBER = CodeNumber.of("310109", 7);

    static VenueDetails details(String name, String address, String category) {
        return VenueDetails.builder().name(name).categoryCode(category).districtCode("310109")
                .streetCode("310109009").address(address).operatorName("联华超市有限公司")
                .operatorCreditCode("91310000607216596U").sealedResponsiblePerson("sealed-person")
                .sealedContactMobile("sealed-mobile")
                .entrances(2).expectedDailyVisitors(500).build();
    }

    private final Venue venue = Venue.draft("manager1", details("联华超市", "四川北路 1 号", "MARKET"), NOW);

    @Test
    void aDraftIsSubmittedAndApprovedIntoAnActiveCode() {
        assertEquals(VenueStatus.DRAFT, venue.status());
        venue.submit(NOW);
        assertEquals(VenueStatus.SUBMITTED, venue.status());
        venue.approve("officer1", NOW, () -> NUMBER);
        assertEquals(VenueStatus.ACTIVE, venue.status());
        assertEquals(NUMBER.value(), venue.getCodeNumber());
        assertEquals(NOW, venue.getIssuedAt());
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        Venue bare = Venue.draft("manager1", VenueDetails.builder().name("只有名字").build(), NOW);
        assertThrows(RequestRefused.class, () -> bare.submit(NOW));
        assertEquals(VenueStatus.DRAFT, bare.status());
    }

    @Test
    void aRejectedVenueIsCorrectedAndResubmitted() {
        venue.submit(NOW);
        venue.reject("officer1", "地址不完整", NOW);
        assertEquals(VenueStatus.REJECTED, venue.status());
        assertEquals("地址不完整", venue.getRejectionReason());
        assertFalse(venue.edit(details("联华超市", "四川北路 1885 号", "MARKET"), NOW));
        venue.submit(NOW);
        venue.approve("officer1", NOW, () -> NUMBER);
        assertNull(venue.getRejectionReason());
        assertEquals("四川北路 1885 号", venue.getDetails().getAddress());
    }

    @Test
    void aVenueUnderReviewCannotBeEditedOrDecidedTwice() {
        venue.submit(NOW);
        assertThrows(RequestRefused.class, () -> venue.edit(details("别的名字", "四川北路 1 号", "MARKET"), NOW));
        venue.approve("officer1", NOW, () -> NUMBER);
        assertThrows(RequestRefused.class, () -> venue.approve("officer2", NOW, () -> NUMBER));
        assertThrows(RequestRefused.class, () -> venue.reject("officer2", "重复", NOW));
    }

    @Test
    void renamingAnIssuedVenueGoesToReviewWhileTheCodeStaysValid() {
        issue();
        assertTrue(venue.edit(details("联华超市四川北路店", "四川北路 1 号", "MARKET"), NOW));
        assertEquals(VenueStatus.CHANGE_UNDER_REVIEW, venue.status());
        assertEquals(CodeStatus.ACTIVE, venue.getCodeStatus());
        assertEquals("联华超市", venue.getDetails().getName(), "the approved name stays until the change is approved");
        assertEquals("联华超市四川北路店", venue.forEditing().getName());
        venue.approve("officer1", NOW, () -> CodeNumber.of("310109", 99));
        assertEquals("联华超市四川北路店", venue.getDetails().getName());
        assertEquals(NUMBER.value(), venue.getCodeNumber(), "a change never changes the code number");
        assertEquals(VenueStatus.ACTIVE, venue.status());
    }

    @Test
    void aRejectedChangeLeavesTheApprovedDetailsInForce() {
        issue();
        venue.edit(details("联华超市", "四川北路 2 号", "MARKET"), NOW);
        venue.reject("officer1", "请提供新地址证明", NOW);
        assertEquals(VenueStatus.CHANGE_REJECTED, venue.status());
        assertEquals("四川北路 1 号", venue.getDetails().getAddress());
        assertEquals("四川北路 2 号", venue.forEditing().getAddress());
    }

    @Test
    void otherChangesToAnIssuedVenueApplyAtOnce() {
        issue();
        VenueDetails more = details("联华超市", "四川北路 1 号", "MARKET").toBuilder()
                .sealedResponsiblePerson("sealed-other-person")
                .entrances(3).expectedDailyVisitors(800).build();
        assertFalse(venue.edit(more, NOW));
        assertEquals(VenueStatus.ACTIVE, venue.status());
        assertEquals("sealed-other-person", venue.getDetails().getSealedResponsiblePerson());
        assertEquals(3, venue.getDetails().getEntrances());
    }

    @Test
    void anIssuedVenueCannotMoveDistrict() {
        issue();
        VenueDetails moved = details("联华超市", "四川北路 1 号", "MARKET").toBuilder().districtCode("310115")
                .streetCode("310115001").build();
        venue.edit(moved, NOW);
        assertEquals("310109", venue.getDetails().getDistrictCode());
    }

    @Test
    void codesAreSuspendedReinstatedAndRevokedForGood() {
        issue();
        venue.suspend("整改", NOW);
        assertEquals(VenueStatus.SUSPENDED, venue.status());
        assertThrows(RequestRefused.class, () -> venue.suspend("again", NOW));
        venue.reinstate("已整改", NOW);
        assertEquals(VenueStatus.ACTIVE, venue.status());
        venue.revoke("停业", NOW);
        assertEquals(VenueStatus.REVOKED, venue.status());
        assertThrows(RequestRefused.class, () -> venue.reinstate("mistake", NOW));
        assertThrows(RequestRefused.class, () -> venue.edit(details("新名字", "四川北路 1 号", "MARKET"), NOW));
    }

    @Test
    void aVenueWithoutACodeCannotBeSuspended() {
        assertThrows(RequestRefused.class, () -> venue.suspend("no", NOW));
        assertThrows(RequestRefused.class, () -> venue.revoke("no", NOW));
    }

    @Test
    void duplicateKeysFoldWidthCaseSpacesAndPunctuation() {
        assertEquals(VenueDetails.key("联华超市(四川北路店)", 100), VenueDetails.key("联华超市（四川北路店） ", 100));
        assertEquals(VenueDetails.key("ＡＢＣ 便利店", 100), VenueDetails.key("abc便利店", 100));
        assertFalse(VenueDetails.key("联华超市1号", 100).equals(VenueDetails.key("联华超市2号", 100)));
    }

    @Test
    void keysNeverOutgrowTheirColumn() {
        String ligatures = "\uFDFA".repeat(100);
        assertEquals(100, VenueDetails.key(ligatures, 100).length());
    }

    @Test
    void revokingClosesAPendingChangeForGood() {
        issue();
        venue.edit(details("联华超市新名", "四川北路 1 号", "MARKET"), NOW);
        venue.revoke("停业", NOW);
        assertEquals(VenueStatus.REVOKED, venue.status());
        assertFalse(venue.isUnderReview());
        assertFalse(venue.hasPendingChange());
        assertThrows(RequestRefused.class, () -> venue.approve("officer1", NOW, () -> NUMBER));
        assertThrows(RequestRefused.class, () -> venue.submit(NOW));
    }

    @Test
    void nobodyDecidesOnTheirOwnVenue() {
        Venue own = Venue.draft("officer1", details("区政府食堂", "四川北路 2 号", "RESTAURANT"), NOW);
        own.submit(NOW);
        assertThrows(RequestRefused.class, () -> own.approve("officer1", NOW, () -> NUMBER));
        assertThrows(RequestRefused.class, () -> own.reject("officer1", "自己的申请", NOW));
        assertEquals(VenueStatus.SUBMITTED, own.status());
    }

    @Test
    void eachStateAllowsItsNextActionsOnly() {
        assertEquals(EnumSet.of(VenueAction.EDIT, VenueAction.SUBMIT), venue.allowedActions());
        venue.submit(NOW);
        assertEquals(EnumSet.of(VenueAction.APPROVE, VenueAction.REJECT), venue.allowedActions());
        venue.reject("officer1", "地址不完整", NOW);
        assertTrue(venue.isRejected());
        assertEquals(EnumSet.of(VenueAction.EDIT, VenueAction.SUBMIT), venue.allowedActions());
        venue.submit(NOW);
        venue.approve("officer1", NOW, () -> NUMBER);
        assertFalse(venue.isRejected());
        assertEquals(EnumSet.of(VenueAction.EDIT, VenueAction.SUSPEND, VenueAction.REVOKE), venue.allowedActions());
        venue.suspend("整改", NOW);
        assertEquals(EnumSet.of(VenueAction.EDIT, VenueAction.REINSTATE, VenueAction.REVOKE), venue.allowedActions());
        assertThrows(RequestRefused.class, () -> venue.suspend("再次", NOW));
        venue.revoke("停业", NOW);
        assertTrue(venue.allowedActions().isEmpty());
        assertThrows(RequestRefused.class, () -> venue.reinstate("恢复", NOW));
    }

    @Test
    void aChangeUnderReviewKeepsTheCodeActionsButNotEditing() {
        issue();
        venue.edit(details("华联超市", "四川北路 1 号", "MARKET"), NOW);
        assertEquals(VenueStatus.CHANGE_UNDER_REVIEW, venue.status());
        assertEquals(EnumSet.of(VenueAction.APPROVE, VenueAction.REJECT, VenueAction.SUSPEND, VenueAction.REVOKE),
                venue.allowedActions());
    }

    private void issue() {
        venue.submit(NOW);
        venue.approve("officer1", NOW, () -> NUMBER);
    }
}
