package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.control.DynamicCodes;
import org.sitepass.residents.control.ScannedCode;

class ResidentsTest {

    private static final Instant MADE = Instant.parse("2022-05-01T08:00:00Z");

    private static ScannedCode refused(ScannedCode.Outcome outcome, DynamicCodes.Kind kind) {
        return new ScannedCode(outcome, kind, null, MADE);
    }

    @Test
    void aCodeThatSpeaksForNobodyStopsWithItsReason() {
        assertEquals(new CredentialCheck(null, null, PassReason.CODE_UNREADABLE),
                Residents.dynamicCode("SP1.310109-0000001-9", refused(ScannedCode.Outcome.MALFORMED, null)));
        assertEquals(new CredentialCheck(CredentialType.HEALTH_CODE, null, PassReason.CODE_FORGED),
                Residents.dynamicCode("HC1.x", refused(ScannedCode.Outcome.FORGED, null)));
        assertEquals(new CredentialCheck(CredentialType.RELATIVE_CODE, null, PassReason.CODE_EXPIRED),
                Residents.dynamicCode("RC1.x", refused(ScannedCode.Outcome.EXPIRED, DynamicCodes.Kind.RELATIVE)));
        assertEquals(new CredentialCheck(CredentialType.RELATIVE_CODE, null, PassReason.CODE_VOID),
                Residents.dynamicCode("RC1.x", refused(ScannedCode.Outcome.VOID, DynamicCodes.Kind.RELATIVE)));
        CredentialCheck unknown = Residents.dynamicCode("HC1.x",
                refused(ScannedCode.Outcome.UNKNOWN_PERSON, DynamicCodes.Kind.HEALTH));
        assertEquals(PassReason.UNKNOWN_PERSON, unknown.refusal());
        assertFalse(unknown.person().isPresent());
    }

    @Test
    void anUnreadableCodeComesFirstAmongTheReasons() {
        assertEquals(0, PassReason.CODE_UNREADABLE.ordinal());
        assertNull(Credential.scanned("HC1.x").idNumber());
        assertEquals("Credential[ID card]", Credential.idCard("310101199001011234", "张三").toString());
    }
}
