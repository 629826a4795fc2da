package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestRefusedTest {

    @Test
    void aConflictIsTypedByTheStateInTheWay() {
        RequestRefused refused = RequestRefused.conflict("device", ModuleText.validation("sitepass.validation.date"));
        assertEquals(409, refused.status());
        assertEquals("urn:sitepass:problem:device-state", refused.type());
        assertEquals("Use the date format yyyy-MM-dd, e.g. 2026-11-21.", refused.detail().in(Locale.ENGLISH));
    }

    @Test
    void aChangeNotAllowedThrowsTheRefusalGiven() {
        RequestRefused refusal = RequestRefused.conflict("order", ModuleText.validation("sitepass.validation.date"));
        assertSame(refusal, assertThrows(RequestRefused.class, () -> RequestRefused.unless(false, () -> refusal)));
    }

    @Test
    void anAllowedChangeMakesNoRefusal() {
        assertDoesNotThrow(() -> RequestRefused.unless(true, () -> {
            throw new AssertionError("the refusal is made only when it is thrown");
        }));
    }

    @Test
    void aValidationTextComesFromTheBundleBeanValidationReads() {
        ModuleText text = ModuleText.validation("sitepass.validation.required");
        assertEquals("ValidationMessages", text.bundle());
        assertEquals("请填写此项。", text.in(Languages.CHINESE));
    }
}
