package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.TestResult;

class ResidentTest {

    private static final Instant T0 = Instant.parse("2022-05-01T00:00:00Z");
    private static final SealedIdentity IDENTITY = new SealedIdentity("n", "ni", "name", null, null);

    private static Resident resident(LocalDate born) {
        return Resident.register(new ResidentRef("AAAAAAAAAAAAAAAAAAAAAA"), DocumentType.RESIDENT_ID_CARD, IDENTITY,
                new Resident.Particulars("310101", born, Sex.FEMALE, false), new SourceVersion("hc", "1", T0), T0);
    }

    @Test
    void ageCountsFromTheFirstDayOfTheBirthday() {
        Resident resident = resident(LocalDate.of(2004, 6, 2));
        assertEquals(Optional.of(17), resident.ageOn(LocalDate.of(2022, 6, 1)));
        assertEquals(Optional.of(18), resident.ageOn(LocalDate.of(2022, 6, 2)));
        assertEquals(Optional.empty(), resident(null).ageOn(LocalDate.of(2022, 6, 2)));
    }

    @Test
    void onlyANewerVersionOfTheSourceRecordCorrectsIt() {
        Resident resident = resident(null);
        Resident.Particulars moved = new Resident.Particulars("310109", null, Sex.FEMALE, true);
        assertFalse(resident.correct(IDENTITY, moved, new SourceVersion("hc", "1", T0), T0));
        assertFalse(resident.correct(IDENTITY, moved, new SourceVersion("hc", "1", T0.minusSeconds(1)), T0));
        assertEquals("310101", resident.districtCode());
        assertTrue(resident.correct(IDENTITY, moved, new SourceVersion("hc", "1", T0.plusMillis(1)), T0));
        assertEquals("310109", resident.districtCode());
        assertTrue(resident.isDisabled());
    }

    @Test
    void aHealthRecordIsCorrectedOnlyByANewerVersion() {
        NatTest test = new NatTest(1, new SourceVersion("lab", "s1", T0),
                new NatTest.Facts(T0, null, TestResult.PENDING, "i"), T0);
        NatTest.Facts resulted = new NatTest.Facts(T0, T0.plusSeconds(3600),
                TestResult.NEGATIVE, "i");
        assertFalse(test.correct(new SourceVersion("lab", "s1", T0), resulted, T0));
        assertEquals(TestResult.PENDING, test.result());
        assertTrue(test.correct(new SourceVersion("lab", "s1", T0.plusSeconds(1)), resulted, T0));
        assertEquals(TestResult.NEGATIVE, test.result());
    }

    @Test
    void aBindingIsUndoneOnce() {
        Binding binding = Binding.bind("resident1", 1, T0);
        binding.undo("officer1", "wrong person", T0);
        assertFalse(binding.isInForce());
        assertThrows(RequestRefused.class, () -> binding.undo("officer1", "again", T0));
    }

    @Test
    void aHoldIsYellowOrRedAndLiftedOnce() {
        assertThrows(RequestRefused.class, () -> Hold.place(1, Colour.GREEN, "CLOSE_CONTACT", "r", "c1", "t", T0));
        Hold hold = Hold.place(1, Colour.RED, "CLOSE_CONTACT", "r", "c1", "tracer1", T0);
        hold.lift("tracer1", T0);
        assertFalse(hold.isOpen());
        assertThrows(RequestRefused.class, () -> hold.lift("tracer1", T0));
    }

    @Test
    void namesCompareAsPeopleWriteThem() {
        assertEquals("阿卜杜·热合曼", PersonName.normalised(" 阿卜杜•热合曼 "));
        assertEquals("阿卜杜·热合曼", PersonName.normalised("阿卜杜．热合曼"));
        assertEquals("JOHN SMITH", PersonName.normalised("John  Smith"));
        assertEquals("张三", PersonName.normalised("张三"));
    }
}
