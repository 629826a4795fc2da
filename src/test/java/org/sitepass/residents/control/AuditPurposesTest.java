package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditPurposesTest {

    @Test
    void aLongTextIsCutToWhatTheEntryHolds() {
        String reason = "居民来电：账号并非本人".repeat(50);
        assertEquals(reason.substring(0, 255), AuditPurposes.fit(reason));
    }

    @Test
    void aTextThatFitsIsKeptWhole() {
        String reason = "x".repeat(255);
        assertEquals(reason, AuditPurposes.fit(reason));
        assertEquals("居民来电：账号并非本人", AuditPurposes.fit("居民来电：账号并非本人"));
    }
}
