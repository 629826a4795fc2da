package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitepass.platform.RequestRefused;

/** The contact state machine: identified, notified, assessed, transferred, released, and nothing out of turn. */
class ContactTest {

    private static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");
    private static final String PERSON = "abcdefghijklmnopqrstuv";

    private final Contact contact = Contact.identify(7, PERSON, "310109", "2026-12-01.42", "tracer1", T0);

    @Test
    void aContactIsIdentifiedWithItsFirstStep() {
        assertEquals(ContactStatus.IDENTIFIED, contact.getStatus());
        assertEquals(7, contact.getCaseId());
        assertEquals(PERSON, contact.getResidentRef());
        assertEquals("2026-12-01.42", contact.getVisit());
        assertEquals("310109", contact.getDistrictCode());
        assertEquals(T0, contact.getIdentifiedAt());
        assertNull(contact.getAssessment());
        assertFalse(contact.isHeld());
        assertStep(contact.getSteps().get(0), ContactStatus.IDENTIFIED, null, "tracer1", T0);
    }

    @Test
    void aCloseContactGoesThroughEveryStepEachWithWhoAndWhen() {
        contact.notified("tracer1", T0.plusSeconds(60));
        contact.assess(Assessment.CLOSE_CONTACT, "同桌用餐", "tracer2", T0.plusSeconds(120));
        assertTrue(contact.isHeld());
        contact.transfer(Isolation.CENTRAL_ISOLATION, "sealed-place", "tracer1", T0.plusSeconds(180));
        assertTrue(contact.isHeld());
        contact.release("隔离期满，核酸阴性", "tracer2", T0.plusSeconds(240));

        assertEquals(ContactStatus.RELEASED, contact.getStatus());
        assertFalse(contact.isHeld());
        assertEquals(Assessment.CLOSE_CONTACT, contact.getAssessment());
        assertEquals(Isolation.CENTRAL_ISOLATION, contact.getIsolation());
        assertEquals("sealed-place", contact.getPlaceSealed());
        assertEquals(T0.plusSeconds(240), contact.getUpdatedAt());
        List<ContactStep> steps = contact.getSteps();
        assertEquals(5, steps.size());
        assertStep(steps.get(1), ContactStatus.NOTIFIED, null, "tracer1", T0.plusSeconds(60));
        assertStep(steps.get(2), ContactStatus.ASSESSED, "CLOSE_CONTACT", "tracer2", T0.plusSeconds(120));
        assertEquals("同桌用餐", steps.get(2).getNote());
        assertStep(steps.get(3), ContactStatus.TRANSFERRED, "CENTRAL_ISOLATION", "tracer1", T0.plusSeconds(180));
        assertStep(steps.get(4), ContactStatus.RELEASED, null, "tracer2", T0.plusSeconds(240));
        assertEquals("隔离期满，核酸阴性", steps.get(4).getNote());
    }

    @Test
    void aSecondaryContactIsHeldAndGoesHome() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.SECONDARY_CONTACT, null, "tracer1", T0);
        contact.transfer(Isolation.HOME_ISOLATION, "sealed-home", "tracer1", T0);
        assertTrue(contact.isHeld());
        assertEquals(Isolation.HOME_ISOLATION, contact.getIsolation());
    }

    @Test
    void aClearedContactIsReleasedWithoutTransferAndIsNeverHeld() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLEARED, "未同时在场", "tracer1", T0);
        assertFalse(contact.isHeld());
        assertRefused(() -> contact.transfer(Isolation.HOME_ISOLATION, "sealed", "tracer1", T0),
                ContactStatus.ASSESSED);
        contact.release("排除", "tracer1", T0);
        assertEquals(ContactStatus.RELEASED, contact.getStatus());
    }

    @Test
    void anAssessmentMayBeChangedBeforeTheTransferAndBothAreKept() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.SECONDARY_CONTACT, null, "tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, "同一包间", "tracer2", T0.plusSeconds(5));
        assertEquals(Assessment.CLOSE_CONTACT, contact.getAssessment());
        assertEquals(List.of("SECONDARY_CONTACT", "CLOSE_CONTACT"), contact.getSteps().stream()
                .filter(s -> s.getReached() == ContactStatus.ASSESSED).map(ContactStep::getDetail).toList());
    }

    @Test
    void theSameAssessmentTwiceIsRefused() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0);
        assertRefused(() -> contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0), ContactStatus.ASSESSED);
        assertEquals(3, contact.getSteps().size());
    }

    @Test
    void aContactIsNotAssessedBeforeItIsNotified() {
        assertRefused(() -> contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0), ContactStatus.IDENTIFIED);
        assertNull(contact.getAssessment());
    }

    @Test
    void aContactIsNotifiedOnce() {
        contact.notified("tracer1", T0);
        assertRefused(() -> contact.notified("tracer1", T0), ContactStatus.NOTIFIED);
    }

    @Test
    void anUnassessedContactIsNeitherTransferredNorReleased() {
        assertRefused(() -> contact.transfer(Isolation.HOME_ISOLATION, "sealed", "tracer1", T0),
                ContactStatus.IDENTIFIED);
        assertRefused(() -> contact.release("x", "tracer1", T0), ContactStatus.IDENTIFIED);
        contact.notified("tracer1", T0);
        assertRefused(() -> contact.transfer(Isolation.HOME_ISOLATION, "sealed", "tracer1", T0),
                ContactStatus.NOTIFIED);
        assertRefused(() -> contact.release("x", "tracer1", T0), ContactStatus.NOTIFIED);
    }

    @Test
    void aHeldContactIsNotReleasedBeforeItsTransfer() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0);
        assertRefused(() -> contact.release("x", "tracer1", T0), ContactStatus.ASSESSED);
        assertTrue(contact.isHeld());
    }

    @Test
    void aTransferredContactIsNeitherReassessedNorTransferredAgain() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0);
        contact.transfer(Isolation.CENTRAL_ISOLATION, "sealed", "tracer1", T0);
        assertRefused(() -> contact.assess(Assessment.CLEARED, null, "tracer1", T0), ContactStatus.TRANSFERRED);
        assertRefused(() -> contact.transfer(Isolation.HOME_ISOLATION, "sealed", "tracer1", T0),
                ContactStatus.TRANSFERRED);
        assertEquals(Isolation.CENTRAL_ISOLATION, contact.getIsolation());
    }

    @Test
    void aReleasedContactTakesNoFurtherStep() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLEARED, null, "tracer1", T0);
        contact.release("排除", "tracer1", T0);
        assertRefused(() -> contact.notified("tracer1", T0), ContactStatus.RELEASED);
        assertRefused(() -> contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0), ContactStatus.RELEASED);
        assertRefused(() -> contact.transfer(Isolation.HOME_ISOLATION, "s", "tracer1", T0), ContactStatus.RELEASED);
        assertRefused(() -> contact.release("again", "tracer1", T0), ContactStatus.RELEASED);
        assertEquals(4, contact.getSteps().size());
    }

    @Test
    void aTransferNamesItsPlaceAndIsolation() {
        contact.notified("tracer1", T0);
        contact.assess(Assessment.CLOSE_CONTACT, null, "tracer1", T0);
        assertThrows(NullPointerException.class, () -> contact.transfer(Isolation.HOME_ISOLATION, null, "t", T0));
        assertThrows(NullPointerException.class, () -> contact.transfer(null, "sealed", "t", T0));
        assertEquals(ContactStatus.ASSESSED, contact.getStatus());
    }

    @ParameterizedTest
    @EnumSource(Assessment.class)
    void onlyCloseAndSecondaryContactsAreIsolated(Assessment assessment) {
        assertEquals(assessment != Assessment.CLEARED, assessment.isolates());
    }

    @Test
    void aRefusalIsAConflictOfTheContactsState() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> contact.release("x", "tracer1", T0));
        assertEquals(RequestRefused.CONFLICT, refused.status());
        assertEquals("urn:sitepass:problem:contact-state", refused.type());
        assertEquals("tracing.contact.refused.notReleasable", refused.detail().key());
    }

    /** Refused, and left as it was: same status, no step added. */
    private void assertRefused(Runnable step, ContactStatus unchanged) {
        int steps = contact.getSteps().size();
        assertThrows(RequestRefused.class, step::run);
        assertEquals(unchanged, contact.getStatus());
        assertEquals(steps, contact.getSteps().size());
    }

    private static void assertStep(ContactStep step, ContactStatus reached, String detail, String actor, Instant at) {
        assertEquals(reached, step.getReached());
        assertEquals(detail, step.getDetail());
        assertEquals(actor, step.getActor());
        assertEquals(at, step.getOccurredAt());
    }
}
