package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void theStricterColourCounts() {
        assertEquals(Colour.RED, Colour.GREEN.stricter(Colour.RED));
        assertEquals(Colour.RED, Colour.RED.stricter(Colour.YELLOW));
        assertEquals(Colour.YELLOW, Colour.YELLOW.stricter(Colour.GREEN));
        assertEquals(Colour.YELLOW, Colour.YELLOW.stricter(null));
        HealthFacts held = new HealthFacts(Colour.GREEN, Colour.RED, null, null, null, null, 0, null, false);
        assertEquals(Colour.RED, held.colour());
    }

    @Test
    void aReferenceIsTwentyTwoUrlSafeCharacters() {
        assertTrue(ResidentRef.isWellFormed("abcdefghijklmnopqrst-_"));
        assertFalse(ResidentRef.isWellFormed("abcdefghijklmnopqrst-"));
        assertFalse(ResidentRef.isWellFormed("310101199001011234abcd/"));
        assertThrows(IllegalArgumentException.class, () -> new ResidentRef("310101199001011234"));
    }

    @Test
    void aHoldsReasonIsAReasonAPersonCanRead() {
        ResidentRef someone = new ResidentRef("abcdefghijklmnopqrst-_");
        new HoldRequest(someone, Colour.RED, "CLOSE_CONTACT", "密切接触者，请居家隔离", "case-1", "tracer1");
        assertThrows(IllegalArgumentException.class,
                () -> new HoldRequest(someone, Colour.RED, "CLOSE_CONTACT", "", "case-1", "tracer1"));
        assertThrows(IllegalArgumentException.class,
                () -> new HoldRequest(someone, Colour.RED, "CLOSE_CONTACT", "长".repeat(501), "case-1", "tracer1"));
    }
}
