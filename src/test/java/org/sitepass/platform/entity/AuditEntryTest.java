package org.sitepass.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.Caller;

class AuditEntryTest {

    private final AuditFacts facts = AuditFacts.of(new Caller("auditor1", Set.of("AUDITOR", "OFFICER"), null),
            "192.0.2.7", AuditRecord.success("AUDIT_TRAIL_READ", "audit_trail", "platform_audit_entry"));

    @Test
    void theHeadGivesConsecutiveIdsAndChainsHashes() {
        AuditChainHead head = AuditChainHead.genesis();
        AuditEntry first = head.append(facts, Instant.now());
        AuditEntry second = head.append(facts, Instant.now());
        assertEquals(1, first.getId());
        assertEquals(2, second.getId());
        assertEquals(first.getEntryHash(), second.getPreviousHash());
        assertEquals(second.getEntryHash(), head.getLastHash());
        assertEquals(2, head.getEntryCount());
    }

    @Test
    void theHashIsStableOverWhatTheDatabaseStores() {
        AuditEntry entry = AuditChainHead.genesis().append(facts, Instant.parse("2026-11-21T08:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-11-21T08:00:00.123456Z"), entry.getOccurredAt());
        assertTrue(entry.isIntact());
        assertEquals(64, entry.getEntryHash().length());
    }

    @Test
    void sameFactsAtAnotherPlaceInTheChainHashDifferently() {
        AuditChainHead head = AuditChainHead.genesis();
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        assertNotEquals(head.append(facts, now).getEntryHash(), head.append(facts, now).getEntryHash());
    }

    @Test
    void rolesAreRecordedSortedAndOversizeTextIsClipped() {
        AuditFacts longFacts = AuditFacts.of(new Caller("x".repeat(300), Set.of("OFFICER", "AUDITOR"), null),
                "192.0.2.7", AuditRecord.success("A", "t", "1"));
        AuditEntry entry = AuditChainHead.genesis().append(longFacts, Instant.now());
        assertEquals("AUDITOR,OFFICER", entry.getActorRoles());
        assertEquals(128, entry.getActor().length());
        assertTrue(entry.isIntact());
    }

    @Test
    void outcomeAndPurposeDefaultsAreKept() {
        AuditEntry entry = AuditChainHead.genesis().append(AuditFacts.of(Caller.anonymous(), "-",
                new AuditRecord("ACCESS_DENIED", "http_request", "GET /x", " ", AuditOutcome.DENIED)), Instant.now());
        assertEquals(AuditOutcome.DENIED, entry.getOutcome());
        assertEquals(AuditRecord.NO_PURPOSE, entry.getPurpose());
    }
}
