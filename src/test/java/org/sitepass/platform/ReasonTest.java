package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void aTypedReasonIsStrippedBeforeItsLengthCounts() {
        assertEquals(Optional.of("不符"), Reason.typed("  不符 \n"));
        assertEquals(Optional.empty(), Reason.typed("  否  "));
        assertEquals(Optional.of("x".repeat(500)), Reason.typed(" " + "x".repeat(500) + " "));
        assertEquals(Optional.empty(), Reason.typed("x".repeat(501)));
    }

    @Test
    void nothingOrMarkupIsNoReason() {
        assertEquals(Optional.empty(), Reason.typed(null));
        assertEquals(Optional.empty(), Reason.typed("   "));
        assertEquals(Optional.empty(), Reason.typed("<b>不符</b>"));
        assertEquals(Optional.empty(), Reason.typed("不\u202E符合"));
    }

    @Test
    void aBodysReasonIsStrippedAsItArrives() {
        Reason body = new Reason();
        body.setReason("  地址缺少门牌号 ");
        assertEquals("地址缺少门牌号", body.getReason());
        body.setReason(null);
        assertNull(body.getReason());
    }

    @Test
    void theRuleReadsFromTheValidationBundle() {
        assertEquals(ModuleText.VALIDATION_BUNDLE, Reason.RULE.bundle());
        assertEquals("Give the reason in 2 to 500 characters of plain text; the one it concerns acts on it.",
                Reason.RULE.in(Locale.ENGLISH));
    }
}
