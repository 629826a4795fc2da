package org.sitepass.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeNumberTest {

    @Test
    void numbersCarryDistrictSequenceAndCheck() {
        CodeNumber number = CodeNumber.of("310109", 1);
        assertEquals("310109-0000001-" + CodeNumber.checkCharacter("3101090000001"), number.value());
        assertEquals("310109", number.districtCode());
        assertEquals(1, number.sequence());
    }

    @Test
    void typedNumbersAreReadLeniently() {
        CodeNumber number = CodeNumber.of("310109", 69_445);
        String digits = number.value().replace("-", "");
        assertEquals(number, CodeNumber.parse(digits).orElseThrow());
        assertEquals(number, CodeNumber.parse(" " + number.value().toLowerCase() + " ").orElseThrow());
    }

    @Test
    void aMistypedDigitIsCaught() {
        CodeNumber number = CodeNumber.of("310109", 123);
        String wrong = number.value().replace("0000123", "0000132");
        assertTrue(CodeNumber.parse(wrong).isEmpty());
        assertTrue(CodeNumber.parse("310109-0000123").isEmpty());
        assertTrue(CodeNumber.parse(null).isEmpty());
    }

    @Test
    void sequencesOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CodeNumber.of("310109", 0));
        assertThrows(IllegalArgumentException.class, () -> CodeNumber.of("310109", CodeNumber.MAX_SEQUENCE + 1L));
        assertThrows(IllegalArgumentException.class, () -> CodeNumber.of("3101", 5));
    }
}
