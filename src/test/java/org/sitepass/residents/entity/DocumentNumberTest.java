package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitepass.residents.entity.DocumentType.HONG_KONG_MACAO_PERMIT;
import static org.sitepass.residents.entity.DocumentType.PASSPORT;
import static org.sitepass.residents.entity.DocumentType.PERMANENT_RESIDENCE_CARD;
import static org.sitepass.residents.entity.DocumentType.RESIDENT_ID_CARD;
import static org.sitepass.residents.entity.DocumentType.TAIWAN_PERMIT;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Mod11Check;
import org.sitepass.platform.ModuleText;
import org.sitepass.residents.ResidentsTexts;

class DocumentNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theStandardsOwnExamplesAreValidAndCarryBirthDateAndSex() {
        DocumentNumber first = idCard("11010519491231002X");
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), first.birthDate());
        assertEquals(Optional.of(Sex.FEMALE), first.sex());
        assertEquals(Optional.of("110105"), first.regionCode());
        DocumentNumber second = idCard("440524188001010014");
        assertEquals(Optional.of(LocalDate.of(1880, 1, 1)), second.birthDate());
        assertEquals(Optional.of(Sex.MALE), second.sex());
    }

    @ParameterizedTest
    @CsvSource({"310101199003071230, MALE", "310101199003071249, FEMALE", "310101199003077712, MALE",
            "310101199003077720, FEMALE"})
    void theSeventeenthDigitTellsTheSexOddForAMan(String number, Sex sex) {
        assertEquals(Optional.of(sex), idCard(number).sex());
    }

    @ParameterizedTest
    @CsvSource({"110105194912310021", "440524188001010015", "440524188001010011", "440524188001010010",
            "310101199003071239", "31010119900307123X"})
    void aWrongCheckCharacterIsRefused(String number) {
        assertRefused(RESIDENT_ID_CARD, number, "residents.documentNumber.checkCharacter");
    }

    @Test
    void swappedDigitsAreCaughtByTheCheckCharacter() {
        assertRefused(RESIDENT_ID_CARD, "310101199003071320", "residents.documentNumber.checkCharacter");
    }

    @ParameterizedTest
    @CsvSource({"31010119900307123", "3101011990030712300", "3101011990030712X0", "31010119900307A230",
            "X10101199003071230", "３10101199003071230"})
    void anIdCardNumberHas17DigitsAndACheckCharacter(String number) {
        assertRefused(RESIDENT_ID_CARD, number, "residents.documentNumber.idCard.format");
    }

    @Test
    void the29thOfFebruaryExistsOnlyInLeapYears() {
        assertRefused(RESIDENT_ID_CARD, "310115199902290013", "residents.documentNumber.idCard.birthDate");
        DocumentNumber leap = idCard("310115200002290021");
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), leap.birthDate());
    }

    @ParameterizedTest
    @CsvSource({"19901301", "19900001", "19900431", "19900100"})
    void anImpossibleBirthDateIsRefused(String date) {
        assertRefused(RESIDENT_ID_CARD, withCheck("310101" + date + "123"), "residents.documentNumber.idCard.birthDate");
    }

    @Test
    void aBirthDateAfterTodayIsRefusedAndTodayIsNot() {
        assertEquals(Optional.of(TODAY), idCard("310101202612040012").birthDate());
        assertRefused(RESIDENT_ID_CARD, "310101202612050018", "residents.documentNumber.idCard.futureBirthDate");
        assertRefused(RESIDENT_ID_CARD, "310101209912310039", "residents.documentNumber.idCard.futureBirthDate");
    }

    @Test
    void theNumberBeginsWithTheRegionCodeOfAProvince() {
        assertRefused(RESIDENT_ID_CARD, "990101199001010019", "residents.documentNumber.idCard.region");
        assertRefused(RESIDENT_ID_CARD, withCheck("00010119900101001"), "residents.documentNumber.idCard.region");
        assertEquals(Optional.of("830000"), idCard(withCheck("83000019900101001")).regionCode());
    }

    @Test
    void whitespaceGoesAndALowerCaseXIsRead() {
        DocumentNumber typed = DocumentNumber.of(RESIDENT_ID_CARD, " 110105 19491231\t002x\u3000\u00a0", TODAY);
        assertEquals("11010519491231002X", typed.number());
        assertEquals(idCard("11010519491231002X"), typed);
        assertEquals(idCard("11010519491231002X").hashCode(), typed.hashCode());
    }

    @ParameterizedTest
    @CsvSource({"H12345678, H12345678", "M12345678, M12345678", "H1234567801, H1234567801",
            "M0000000000, M0000000000", "h12345678, H12345678", "'m 1234 5678', M12345678"})
    void hongKongAndMacaoPermits(String text, String normalised) {
        DocumentNumber permit = DocumentNumber.of(HONG_KONG_MACAO_PERMIT, text, TODAY);
        assertEquals(normalised, permit.number());
        assertEquals(Optional.empty(), permit.birthDate());
        assertEquals(Optional.empty(), permit.sex());
        assertEquals(Optional.empty(), permit.regionCode());
    }

    @ParameterizedTest
    @CsvSource({"A12345678", "H1234567", "H123456789", "H12345678901", "12345678", "HH1234567", "H1234567X"})
    void malformedHongKongAndMacaoPermitsAreRefused(String number) {
        assertRefused(HONG_KONG_MACAO_PERMIT, number, "residents.documentNumber.hongKongMacaoPermit");
    }

    @Test
    void taiwanPermitsHaveEightDigits() {
        assertEquals("12345678", DocumentNumber.of(TAIWAN_PERMIT, "1234 5678", TODAY).number());
        for (String number : new String[] {"1234567", "123456789", "A1234567", "1234567X"}) {
            assertRefused(TAIWAN_PERMIT, number, "residents.documentNumber.taiwanPermit");
        }
    }

    @Test
    void passportsHave5To17LettersOrDigits() {
        assertEquals("E12345678", DocumentNumber.of(PASSPORT, "e12345678", TODAY).number());
        assertEquals("G1234", DocumentNumber.of(PASSPORT, "G1234", TODAY).number());
        assertEquals("AB123456789012345", DocumentNumber.of(PASSPORT, "AB123456789012345", TODAY).number());
        for (String number : new String[] {"G123", "AB1234567890123456", "E-1234567", "E1234567.", "护照12345"}) {
            assertRefused(PASSPORT, number, "residents.documentNumber.passport");
        }
    }

    @Test
    void permanentResidenceCardsOfTheOldAndTheNewFormat() {
        assertEquals("USA310112345678", DocumentNumber.of(PERMANENT_RESIDENCE_CARD, "usa 3101 1234 5678", TODAY)
                .number());
        assertEquals("911040199001010014", DocumentNumber.of(PERMANENT_RESIDENCE_CARD, "911040199001010014", TODAY)
                .number());
        assertRefused(PERMANENT_RESIDENCE_CARD, "911040199001010015", "residents.documentNumber.checkCharacter");
        for (String number : new String[] {"US3101123456789", "USA31011234567", "USA3101123456789",
                "310101199003071230", "91104019900101001", "9110401990010100140", "91104019900101X014"}) {
            assertRefused(PERMANENT_RESIDENCE_CARD, number, "residents.documentNumber.permanentResidenceCard");
        }
        DocumentNumber card = DocumentNumber.of(PERMANENT_RESIDENCE_CARD, "911040199001010014", TODAY);
        assertEquals(Optional.empty(), card.birthDate());
        assertEquals(Optional.empty(), card.sex());
    }

    @Test
    void aMissingNumberOrTypeIsRefused() {
        assertRefused(RESIDENT_ID_CARD, null, "residents.documentNumber.required");
        assertRefused(PASSPORT, " \t", "residents.documentNumber.required");
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> DocumentNumber.of(null, "11010519491231002X", TODAY));
        assertEquals(DocumentNumber.TYPE_FIELD, refused.problems().get(0).field());
        assertEquals("residents.documentType.required", refused.problems().get(0).text().key());
    }

    @Test
    void theSameNumberUnderAnotherTypeIsAnotherDocument() {
        assertNotEquals(DocumentNumber.of(TAIWAN_PERMIT, "12345678", TODAY),
                DocumentNumber.of(PASSPORT, "12345678", TODAY));
        assertEquals(DocumentNumber.of(PASSPORT, "12345678", TODAY), DocumentNumber.of(PASSPORT, "1234 5678", TODAY));
    }

    @Test
    void itPrintsMasked() {
        DocumentNumber number = idCard("310101199003071230");
        assertEquals("310***********1230", number.toString());
        assertEquals("310***********1230", number.masked());
        assertEquals("110***********002X", idCard("11010519491231002X").toString());
        assertEquals("911***********0014",
                DocumentNumber.of(PERMANENT_RESIDENCE_CARD, "911040199001010014", TODAY).toString());
        assertEquals("USA********5678",
                DocumentNumber.of(PERMANENT_RESIDENCE_CARD, "USA310112345678", TODAY).toString());
        assertEquals("H******78", DocumentNumber.of(HONG_KONG_MACAO_PERMIT, "H12345678", TODAY).toString());
        assertEquals("H********01", DocumentNumber.of(HONG_KONG_MACAO_PERMIT, "H1234567801", TODAY).toString());
        assertEquals("1*****78", DocumentNumber.of(TAIWAN_PERMIT, "12345678", TODAY).toString());
        assertEquals("E******78", DocumentNumber.of(PASSPORT, "E12345678", TODAY).toString());
    }

    @ParameterizedTest
    @CsvSource({"RESIDENT_ID_CARD, 110105194912310021", "RESIDENT_ID_CARD, 310115199902290013",
            "RESIDENT_ID_CARD, 310101202612050018", "RESIDENT_ID_CARD, 990101199001010019",
            "RESIDENT_ID_CARD, 3101011990030712", "HONG_KONG_MACAO_PERMIT, H1234567",
            "TAIWAN_PERMIT, 1234567", "PASSPORT, E1234567-", "PERMANENT_RESIDENCE_CARD, 911040199001010015"})
    void aRefusalNamesTheRuleAndNeverTheNumber(DocumentType type, String number) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> DocumentNumber.of(type, number, TODAY));
        ModuleText text = refused.problems().get(0).text();
        assertEquals(ResidentsTexts.BUNDLE, text.bundle());
        assertEquals(0, text.arguments().length, "the text takes no argument, so cannot carry the number");
        for (String shown : new String[] {refused.getMessage(), String.valueOf(refused), text.in(Locale.CHINESE),
                text.in(Locale.ENGLISH), text.toString()}) {
            assertFalse(shown.contains(number), shown);
            assertFalse(shown.contains(number.substring(0, 7)), shown);
        }
        assertTrue(!text.in(Locale.CHINESE).equals(text.key()) && !text.in(Locale.ENGLISH).equals(text.key()),
                "the key has texts in both languages: " + text.key());
    }

    private static DocumentNumber idCard(String number) {
        return DocumentNumber.of(RESIDENT_ID_CARD, number, TODAY);
    }

    private static String withCheck(String digits) {
        return digits + Mod11Check.of(digits);
    }

    private static void assertRefused(DocumentType type, String number, String key) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> DocumentNumber.of(type, number, TODAY),
                "refused: " + key);
        assertEquals(1, refused.problems().size());
        assertEquals(DocumentNumber.FIELD, refused.problems().get(0).field());
        assertEquals(key, refused.problems().get(0).text().key());
    }
}
