package org.sitepass.platform.control;

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
    void valuesTooShortToShowAnythingAreFullyMasked() {
        assertEquals("****", Masks.mobile("1381"));
        assertEquals("", Masks.idNumber(null));
        assertEquals("", Masks.idNumber(""));
    }
}
