package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void idNumbersKeepRegionPrefixAndLastFour() {
        assertEquals("310***********1234", Masks.idNumber("310101199001011234"));
        assertEquals("310***********123X", Masks.idNumber("31010119900101123X"));
    }

    @Test
    void mobilesKeepCarrierPrefixAndLastFour() {
        assertEquals("138****5678", Masks.mobile("13812345678"));
    }

    @Test
    void namesKeepTheFamilyNameOnly() {
        assertEquals("张**", Masks.personName("张三丰"));
        assertEquals("欧***", Masks.personName("欧阳小明"));
        assertEquals("张*", Masks.personName("张三"));
        assertEquals("L****", Masks.personName("Li Si"));
    }

    @Test
    void residentsNamesKeepTheFirstAndTheLastCharacter() {
        assertEquals("张*三", Masks.personNameKeepingEnds("张小三"));
        assertEquals("欧**明", Masks.personNameKeepingEnds("欧阳小明"));
        assertEquals("张*", Masks.personNameKeepingEnds("张三"));
        assertEquals("*", Masks.personNameKeepingEnds("张"));
        assertEquals("𠀀*三", Masks.personNameKeepingEnds("𠀀小三"));
        assertEquals("", Masks.personNameKeepingEnds(null));
    }

    @Test
    void shortDocumentNumbersKeepTheirKindAndLastTwo() {
        assertEquals("H******78", Masks.shortDocumentNumber("H12345678"));
        assertEquals("1*****78", Masks.shortDocumentNumber("12345678"));
        assertEquals("E**34", Masks.shortDocumentNumber("E1234"));
        assertEquals("***", Masks.shortDocumentNumber("E12"));
    }

    @Test
    void valuesTooShortToShowAnythingAreFullyMasked() {
        assertEquals("****", Masks.mobile("1381"));
        assertEquals("", Masks.idNumber(null));
        assertEquals("", Masks.idNumber(""));
    }
}
