package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditEntry;
import org.sitepass.platform.entity.AuditFacts;
import org.sitepass.platform.entity.ChainKey;

class ChainWalkTest {

    private static final ChainKey OLD = new ChainKey("k1", key(1));
    private static final ChainKey NEW = new ChainKey("k2", key(2));
    private static final Map<String, SecretKey> KEYS = Map.of("k1", OLD.secret(), "k2", NEW.secret());

    private AuditChainHead head;
    private final List<AuditEntry> chain = new ArrayList<>();

    @BeforeEach
    void fiveLinks() {
        head = AuditChainHead.genesis();
        for (int i = 1; i <= 5; i++) {
            append(i <= 3 ? OLD : NEW);
        }
    }

    @Test
    void anUntouchedChainIsIntactAcrossAKeyRotation() {
        AuditVerification verification = walk(chain, 1);
        assertTrue(verification.intact());
        assertEquals(5, verification.checked());
        assertNull(verification.firstBrokenId());
        assertEquals("k1", chain.get(2).getKeyId());
        assertEquals("k2", chain.get(3).getKeyId());
    }

    @Test
    void anAlteredFieldIsFoundAtItsRow() throws Exception {
        alter(chain.get(2), "objectId", "SC-999");
        assertBroken(walk(chain, 1), 3, AuditVerification.Breach.ENTRY_ALTERED, 2);
    }

    @Test
    void aRowRehashedWithoutTheKeyIsFoundAtItsRow() throws Exception {
        AuditEntry third = chain.get(2);
        alter(third, "actor", "someone-else");
        alter(third, "entryHash", third.computeHash(key(9)));
        assertBroken(walk(chain, 1), 3, AuditVerification.Breach.ENTRY_ALTERED, 2);
    }

    /** Without the key, the insider's best try is to pass the row off as one written before the chain had keys. */
    @Test
    void aRowRecomputedAsUnkeyedInTheKeyedChainIsFound() throws Exception {
        AuditEntry third = chain.get(2);
        alter(third, "actor", "someone-else");
        alter(third, "keyId", null);
        alter(third, "entryHash", third.computeHash(null));
        assertBroken(walk(chain, 1), 3, AuditVerification.Breach.ENTRY_ALTERED, 2);
    }

    @Test
    void aRowRehashedWithTheKeyBreaksTheNextLink() throws Exception {
        AuditEntry third = chain.get(2);
        alter(third, "actor", "someone-else");
        alter(third, "entryHash", third.computeHash(OLD.secret()));
        assertBroken(walk(chain, 1), 4, AuditVerification.Breach.LINK_BROKEN, 3);
    }

    @Test
    void unkeyedEntriesBeforeTheKeyedStartStillVerify() throws Exception {
        asWrittenBeforeKeys(3);
        assertFalse(chain.get(1).isKeyed());
        assertTrue(walk(chain, 4).intact());
        assertBroken(walk(chain, 3), 3, AuditVerification.Breach.ENTRY_ALTERED, 2);
    }

    @Test
    void anUnkeyedEntryThatWasAlteredIsStillFound() throws Exception {
        asWrittenBeforeKeys(3);
        alter(chain.get(1), "purpose", "nothing to see");
        assertBroken(walk(chain, 4), 2, AuditVerification.Breach.ENTRY_ALTERED, 1);
    }

    @Test
    void anEntryUnderAKeyNoLongerListedIsReported() {
        ChainWalk walk = new ChainWalk(Map.of("k2", NEW.secret()), 1);
        chain.forEach(walk::visit);
        assertBroken(walk.endAt(head), 1, AuditVerification.Breach.UNKNOWN_KEY, 0);
    }

    @Test
    void aChainRewrittenAfterACheckpointDoesNotMatchIt() throws Exception {
        String checkpointed = chain.get(3).getEntryHash();
        alter(chain.get(3), "entryHash", "f".repeat(64));
        ChainWalk walk = new ChainWalk(KEYS, 1);
        walk.anchor(4, checkpointed, 1);
        alter(chain.get(3), "entryHash", checkpointed);
        chain.forEach(walk::visit);
        assertTrue(walk.endAt(head).intact(), "the untouched chain matches its checkpoint");

        ChainWalk rewritten = new ChainWalk(KEYS, 1);
        rewritten.anchor(4, "e".repeat(64), 1);
        chain.forEach(rewritten::visit);
        assertBroken(rewritten.endAt(head), 4, AuditVerification.Breach.CHECKPOINT_MISMATCH, 3);
    }

    @Test
    void aForgedCheckpointOrAMovedKeyedStartIsReported() {
        ChainWalk forged = new ChainWalk(KEYS, 1);
        forged.forgedAnchor(2);
        chain.forEach(forged::visit);
        assertBroken(forged.endAt(head), 2, AuditVerification.Breach.CHECKPOINT_MISMATCH, 1);

        ChainWalk moved = new ChainWalk(KEYS, 1);
        moved.anchor(5, chain.get(4).getEntryHash(), 3);
        chain.forEach(moved::visit);
        assertBroken(moved.endAt(head), 5, AuditVerification.Breach.CHECKPOINT_MISMATCH, 4);
    }

    /** A head moved back leaves the rows after it unchecked; a row beyond the head blocks every append. */
    @Test
    void rowsBeyondTheHeadAreReported() {
        ChainWalk walk = new ChainWalk(KEYS, 1);
        chain.forEach(walk::visit);
        assertTrue(walk.endAt(head, chain.size()).intact(), "nothing beyond the head");
        assertBroken(walk.endAt(head, chain.size() + 1L), chain.size() + 1L, AuditVerification.Breach.LINK_BROKEN,
                chain.size());
    }

    @Test
    void removingRowsACheckpointNamedIsNoticed() {
        ChainWalk walk = new ChainWalk(KEYS, 1);
        walk.anchor(7, "a".repeat(64), 1);
        chain.forEach(walk::visit);
        assertBroken(walk.endAt(head), 7, AuditVerification.Breach.CHECKPOINT_MISMATCH, 5);
    }

    @Test
    void aRemovedRowIsReportedMissing() {
        chain.remove(1);
        assertBroken(walk(chain, 1), 2, AuditVerification.Breach.ENTRY_MISSING, 1);
    }

    @Test
    void removingTheNewestRowsIsNoticedThroughTheHead() {
        chain.remove(4);
        assertBroken(walk(chain, 1), 5, AuditVerification.Breach.ENTRY_MISSING, 4);
    }

    @Test
    void theFirstLinkPointsAtTheGenesisHash() {
        assertTrue(chain.get(0).followsHash(AuditChainHead.GENESIS_HASH));
        assertEquals(chain.get(0).getEntryHash(), chain.get(1).getPreviousHash());
    }

    private void append(ChainKey key) {
        int i = chain.size() + 1;
        chain.add(head.append(new AuditFacts("officer1", "OFFICER", "SITE_CODE_APPROVED", "site_code",
                "SC-" + i, "-", AuditOutcome.SUCCESS, "10.0.0." + i), Instant.parse("2026-11-21T08:00:00Z"), key));
    }

    /** Rewrites the chain as if its first rows had been written before it had keys, then keyed from there on. */
    private void asWrittenBeforeKeys(int unkeyed) throws Exception {
        String previous = AuditChainHead.GENESIS_HASH;
        for (AuditEntry entry : chain) {
            alter(entry, "previousHash", previous);
            if (entry.getId() <= unkeyed) {
                alter(entry, "keyId", null);
            }
            alter(entry, "entryHash", entry.computeHash(entry.isKeyed() ? KEYS.get(entry.getKeyId()) : null));
            previous = entry.getEntryHash();
        }
        head = AuditChainHead.genesis();
        Field lastId = AuditChainHead.class.getDeclaredField("lastId");
        lastId.setAccessible(true);
        lastId.set(head, (long) chain.size());
        Field lastHash = AuditChainHead.class.getDeclaredField("lastHash");
        lastHash.setAccessible(true);
        lastHash.set(head, previous);
    }

    private AuditVerification walk(List<AuditEntry> rows, long keyedFrom) {
        ChainWalk walk = new ChainWalk(KEYS, keyedFrom);
        rows.forEach(walk::visit);
        return walk.endAt(head);
    }

    private static void assertBroken(AuditVerification verification, long id, AuditVerification.Breach breach,
                                     long checked) {
        assertFalse(verification.intact());
        assertEquals(id, verification.firstBrokenId());
        assertEquals(breach, verification.breach());
        assertEquals(checked, verification.checked());
    }

    private static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) seed;
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** What someone with write access to the table could do. */
    private static void alter(AuditEntry entry, String field, String value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
