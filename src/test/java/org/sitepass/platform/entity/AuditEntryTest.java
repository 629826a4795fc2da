package org.sitepass.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.Caller;

class AuditEntryTest {

    static final ChainKey KEY = new ChainKey("k1", new SecretKeySpec(new byte[32], "HmacSHA256"));

    private final AuditFacts facts = AuditFacts.of(new Caller("auditor1", Set.of("AUDITOR", "OFFICER"), null),
            "192.0.2.7", AuditRecord.success("AUDIT_TRAIL_READ", "audit_trail", "platform_audit_entry"));

    @Test
    void theHeadGivesConsecutiveIdsAndChainsHashes() {
        AuditChainHead head = AuditChainHead.genesis();
        AuditEntry first = head.append(facts, Instant.now(), KEY);
        AuditEntry second = head.append(facts, Instant.now(), KEY);
        assertEquals(1, first.getId());
        assertEquals(2, second.getId());
        assertEquals(first.getEntryHash(), second.getPreviousHash());
        assertEquals(second.getEntryHash(), head.getLastHash());
        assertEquals(2, head.getEntryCount());
    }

    @Test
    void theHashIsStableOverWhatTheDatabaseStores() {
        AuditEntry entry = AuditChainHead.genesis().append(facts, Instant.parse("2026-11-21T08:00:00.123456789Z"), KEY);
        assertEquals(Instant.parse("2026-11-21T08:00:00.123456Z"), entry.getOccurredAt());
        assertTrue(entry.isIntact(KEY.secret()));
        assertEquals(64, entry.getEntryHash().length());
    }

    @Test
    void theHashIsAnHmacUnderTheNamedKeyThatNoOtherKeyReproduces() {
        AuditEntry entry = AuditChainHead.genesis().append(facts, Instant.now(), KEY);
        assertEquals("k1", entry.getKeyId());
        assertTrue(entry.isKeyed());
        byte[] other = new byte[32];
        other[0] = 1;
        assertFalse(entry.isIntact(new SecretKeySpec(other, "HmacSHA256")));
    }

    @Test
    void sameFactsAtAnotherPlaceInTheChainHashDifferently() {
        AuditChainHead head = AuditChainHead.genesis();
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        assertNotEquals(head.append(facts, now, KEY).getEntryHash(), head.append(facts, now, KEY).getEntryHash());
    }

    @Test
    void rolesAreRecordedSortedAndOversizeTextIsClipped() {
        AuditFacts longFacts = AuditFacts.of(new Caller("x".repeat(300), Set.of("OFFICER", "AUDITOR"), null),
                "192.0.2.7", AuditRecord.success("A", "t", "1"));
        AuditEntry entry = AuditChainHead.genesis().append(longFacts, Instant.now(), KEY);
        assertEquals("AUDITOR,OFFICER", entry.getActorRoles());
        assertEquals(128, entry.getActor().length());
        assertTrue(entry.isIntact(KEY.secret()));
    }

    @Test
    void outcomeAndPurposeDefaultsAreKept() {
        AuditEntry entry = AuditChainHead.genesis().append(AuditFacts.of(Caller.anonymous(), "-",
                new AuditRecord("ACCESS_DENIED", "http_request", "GET /x", " ", AuditOutcome.DENIED)), Instant.now(),
                KEY);
        assertEquals(AuditOutcome.DENIED, entry.getOutcome());
        assertEquals(AuditRecord.NO_PURPOSE, entry.getPurpose());
    }
}
