package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines break where typesetting allows, and never lose a character. */
class LineBreaksTest {

    /** Every character one unit wide. */
    private static final LineBreaks.Measure EM = text -> text.codePointCount(0, text.length());

    @Test
    void englishBreaksAtSpacesAndChineseBetweenIdeographsButNeverBeforeAComma() throws Exception {
        assertEquals(List.of("Staff check", "every person"), LineBreaks.wrap("Staff check every person", 12, EM));
        assertEquals(List.of("门岗未对", "进入人员", "逐一查验"), LineBreaks.wrap("门岗未对进入人员逐一查验", 4, EM));
        assertEquals(List.of("门岗未", "对，已指", "出"), LineBreaks.wrap("门岗未对，已指出", 4, EM));
    }

    @Test
    void aPieceWiderThanALineIsBrokenBetweenItsCharacters() throws Exception {
        assertEquals(List.of("编号", "3101090", "0000019", "9"), LineBreaks.wrap("编号310109000000199", 7, EM));
    }
}
