package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Mod11CheckTest {

    @Test
    void theCheckCharacterOfGb11643sExamples() {
        assertEquals('X', Mod11Check.of("11010519491231002"));
        assertEquals('4', Mod11Check.of("44052418800101001"));
    }

    @Test
    void aValueHoldsWhenItsLastCharacterIsTheCheckOfTheRest() {
        assertTrue(Mod11Check.holds("11010519491231002X"));
        assertTrue(Mod11Check.holds("440524188001010014"));
        assertFalse(Mod11Check.holds("440524188001010015"));
        assertFalse(Mod11Check.holds("4"));
        assertFalse(Mod11Check.holds(""));
    }
}
