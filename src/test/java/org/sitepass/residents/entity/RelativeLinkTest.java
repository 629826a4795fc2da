package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;

class RelativeLinkTest {

    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final Instant NOW = Instant.parse("2022-06-02T01:00:00Z");
    private static final SealedIdentity IDENTITY = new SealedIdentity("n", "ni", "name", null, null);

    private static Optional<Integer> ageOn(LocalDate born, LocalDate day) {
        return Resident.register(REF, DocumentType.RESIDENT_ID_CARD, IDENTITY,
                new Resident.Particulars("310101", born, Sex.FEMALE, false),
                new SourceVersion("hc", "1", NOW), NOW).ageOn(day);
    }

    private static List<String> fields(RelativeGrounds grounds, LocalDate born, LocalDate today, String reason,
                                       boolean guardian) {
        return RelativeLink.problems(new RelativeLink.Application(grounds, ageOn(born, today), reason, guardian))
                .stream().map(InvalidInput.FieldProblem::field).toList();
    }

    @Test
    void aChildIsUnder18UntilTheDayBeforeTheBirthday() {
        LocalDate born = LocalDate.of(2004, 6, 2);
        assertEquals(List.of(), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 6, 1), null, false));
        assertEquals(List.of("grounds"), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 6, 2), null, false));
    }

    @Test
    void anElderIs60FromTheBirthdayOn() {
        LocalDate born = LocalDate.of(1962, 6, 2);
        assertEquals(List.of("grounds"), fields(RelativeGrounds.ELDER, born, LocalDate.of(2022, 6, 1), null, false));
        assertEquals(List.of(), fields(RelativeGrounds.ELDER, born, LocalDate.of(2022, 6, 2), null, false));
    }

    @Test
    void aChildUnder14NeedsTheGuardiansDeclarationUntilTheFourteenthBirthday() {
        LocalDate born = LocalDate.of(2008, 6, 2);
        assertEquals(List.of("guardianDeclared"),
                fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 6, 1), null, false));
        assertEquals(List.of(), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 6, 1), null, true));
        assertEquals(List.of(), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 6, 2), null, false));
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInACommonYear() {
        LocalDate born = LocalDate.of(2004, 2, 29);
        assertEquals(List.of(), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 2, 28), null, false));
        assertEquals(List.of("grounds"), fields(RelativeGrounds.CHILD, born, LocalDate.of(2022, 3, 1), null, false));
    }

    @Test
    void withoutABirthDateNeitherAgeGroundHolds() {
        assertEquals(List.of("grounds"), fields(RelativeGrounds.CHILD, null, LocalDate.of(2022, 6, 2), null, false));
        assertEquals(List.of("grounds"), fields(RelativeGrounds.ELDER, null, LocalDate.of(2022, 6, 2), null, false));
        assertEquals(List.of(), fields(RelativeGrounds.UNABLE, null, LocalDate.of(2022, 6, 2), "sealed", false));
    }

    @Test
    void everyProblemIsToldAtOnce() {
        assertEquals(List.of("reason", "guardianDeclared"),
                fields(RelativeGrounds.UNABLE, LocalDate.of(2015, 1, 1), LocalDate.of(2022, 6, 2), null, false));
        assertEquals(List.of("grounds"), fields(null, LocalDate.of(2015, 1, 1), LocalDate.of(2022, 6, 2), null, true));
    }

    @Test
    void aChildOrAnElderIsTheHoldersAtOnceWithTheDeclarationTimed() {
        RelativeLink link = RelativeLink.apply(REF, 1, 2,
                new RelativeLink.Application(RelativeGrounds.CHILD, Optional.of(5), "ignored", true), NOW);
        assertEquals(RelativeStatus.ACTIVE, link.status());
        assertTrue(link.isActive());
        assertEquals(Optional.of(NOW), link.guardianDeclaredAt());
        assertEquals(null, link.reasonSealed(), "a reason is kept only where an officer needs it");
        assertThrows(RequestRefused.class, () -> link.approve("officer1", NOW), "nothing to decide");
    }

    @Test
    void aPersonWhoCannotApplyAloneWaitsForAnOfficer() {
        RelativeLink link = unable();
        assertEquals(RelativeStatus.PENDING, link.status());
        assertFalse(link.isActive());
        link.approve("officer1", NOW);
        assertTrue(link.isActive());
        assertEquals(Optional.of(NOW), link.decidedAt());
        assertThrows(RequestRefused.class, () -> link.refuse("officer1", "sealed", NOW));
    }

    @Test
    void aRefusedLinkNeverBecomesActiveNorIsRevoked() {
        RelativeLink link = unable();
        link.refuse("officer1", "sealed refusal", NOW);
        assertEquals(RelativeStatus.REFUSED, link.status());
        assertEquals("sealed refusal", link.refusalSealed());
        assertThrows(RequestRefused.class, () -> link.approve("officer1", NOW));
        assertThrows(RequestRefused.class, () -> link.revoke(NOW));
    }

    @Test
    void theHolderRevokesAPendingOrActiveLinkOnce() {
        RelativeLink pending = unable();
        pending.revoke(NOW);
        assertEquals(RelativeStatus.REVOKED, pending.status());
        assertFalse(RelativeStatus.REVOKED.inForce());
        assertThrows(RequestRefused.class, () -> pending.revoke(NOW));
        assertThrows(RequestRefused.class, () -> pending.approve("officer1", NOW));
    }

    @Test
    void nobodyIsTheirOwnRelativeNorIsAnIneligibleApplicationStored() {
        RelativeLink.Application child = new RelativeLink.Application(RelativeGrounds.CHILD, Optional.of(5), null,
                true);
        assertThrows(RequestRefused.class, () -> RelativeLink.apply(REF, 1, 1, child, NOW));
        RelativeLink.Application adult = new RelativeLink.Application(RelativeGrounds.CHILD, Optional.of(30), null,
                false);
        assertThrows(InvalidInput.class, () -> RelativeLink.apply(REF, 1, 2, adult, NOW));
    }

    private static RelativeLink unable() {
        return RelativeLink.apply(REF, 1, 2,
                new RelativeLink.Application(RelativeGrounds.UNABLE, Optional.of(40), "sealed reason", false), NOW);
    }
}
