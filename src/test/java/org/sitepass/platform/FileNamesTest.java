package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    private final FileName.Check check = new FileName.Check();

    @Test
    void keptNamesLoseTheirFolders() {
        assertEquals("licence.pdf", FileNames.kept("C:\\Users\\wang\\licence.pdf", "document"));
        assertEquals("stores.csv", FileNames.kept("/home/wang/stores.csv", "upload"));
    }

    @Test
    void keptNamesHaveLineBreaksSeparatorsAndFormatCharactersReplaced() {
        assertEquals("a__b.pdf", FileNames.kept("a\r\nb.pdf", "x"));
        assertEquals("a_b_c.pdf", FileNames.kept("a\u2028b\u2029c.pdf", "x"));
        assertEquals("a_b.pdf", FileNames.kept("a\u202Eb.pdf", "x"));
        assertEquals("a_b.pdf", FileNames.kept("a\u200Bb.pdf", "x"));
        assertEquals("_x_.pdf", FileNames.kept("\"x*.pdf", "x"));
        assertEquals("门店 清单.csv", FileNames.kept("门店 清单.csv", "x"));
    }

    @Test
    void emptyNamesBecomeTheFallback() {
        assertEquals("document", FileNames.kept("  ", "document"));
        assertEquals("upload", FileNames.kept(null, "upload"));
        assertEquals("upload", FileNames.kept("C:\\folder\\", "upload"));
    }

    @Test
    void longNamesKeepTheirEndWithoutSplittingACharacter() {
        String kept = FileNames.kept("x".repeat(300) + ".pdf", "d");
        assertEquals(FileNames.MAX_LENGTH, kept.length());
        assertTrue(kept.endsWith(".pdf"));
        String wide = FileNames.kept("\uD83D\uDCC4".repeat(201), "d");
        assertEquals(FileNames.MAX_LENGTH, wide.codePointCount(0, wide.length()));
        assertTrue(Character.isHighSurrogate(wide.charAt(0)));
    }

    @Test
    void statedNamesWithRefusedCharactersAreInvalid() {
        assertTrue(check.isValid("门店清单 2026.csv", null));
        assertTrue(check.isValid(null, null));
        assertFalse(check.isValid("a\nb.csv", null));
        assertFalse(check.isValid("a\rb.csv", null));
        assertFalse(check.isValid("a\u2028b.csv", null));
        assertFalse(check.isValid("a\u202Eb.csv", null));
        assertFalse(check.isValid("../b.csv", null));
        assertFalse(check.isValid("a\\b.csv", null));
    }
}
