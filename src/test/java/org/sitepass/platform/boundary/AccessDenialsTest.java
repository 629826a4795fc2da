package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessDenialsTest {

    @Test
    void plainPathsAreKeptAsTheyAre() {
        assertEquals("/api/v1/audit-entries", AccessDenials.encoded("/api/v1/audit-entries"));
        assertEquals("/sites/review/queue.xhtml", AccessDenials.encoded("/sites/review/queue.xhtml"));
    }

    @Test
    void bidiOverridesAndOtherFormatCharactersAreDropped() {
        assertEquals("/api/gpj.exe", AccessDenials.encoded("/api/\u202Egpj.exe\u202C"));
        assertEquals("/ab", AccessDenials.encoded("/a\u200Bb\uFEFF\u2066"));
    }

    @Test
    void everythingElseIsPercentEncodedIncludingThePercentSign() {
        assertEquals("/%E5%9C%BA%E6%89%80", AccessDenials.encoded("/场所"));
        assertEquals("/a%20b%0A%0D%25", AccessDenials.encoded("/a b\n\r%"));
        assertEquals("/%22%3C%3E%5C", AccessDenials.encoded("/\"<>\\"));
        assertEquals("/%F0%9F%98%80", AccessDenials.encoded("/\uD83D\uDE00"));
        assertEquals("", AccessDenials.encoded(null));
    }
}
