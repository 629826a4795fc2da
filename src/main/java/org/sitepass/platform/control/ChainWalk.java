package org.sitepass.platform.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditEntry;

/**
 * Checks audit links one after another and remembers the first one that does not hold. Links before
 * {@code keyedFrom} must be unkeyed SHA-256 links (written before the chain had keys); from it on every link must
 * carry an HMAC under a listed key. Signed checkpoints anchor the hash that the link they name had then.
 */
final class ChainWalk {

    private final Map<String, SecretKey> keys;
    private final long keyedFrom;
    /** Checkpointed hashes by entry id; null for a checkpoint whose signature does not hold. */
    private final Map<Long, String> anchors = new HashMap<>();
    private long expectedId = 1;
    private String previousHash = AuditChainHead.GENESIS_HASH;
    private long checked;
    private AuditVerification broken;

    ChainWalk(Map<String, SecretKey> keys, long keyedFrom) {
        this.keys = Map.copyOf(keys);
        this.keyedFrom = keyedFrom;
    }

    /** A genuine checkpoint: link {@code lastId} had {@code lastHash}, and the keyed chain started where it says. */
    void anchor(long lastId, String lastHash, long checkpointKeyedFrom) {
        String hash = checkpointKeyedFrom == keyedFrom ? lastHash : null;
        boolean disagrees = anchors.containsKey(lastId) && !Objects.equals(anchors.get(lastId), hash);
        anchors.put(lastId, disagrees ? null : hash);
    }

    /** A checkpoint whose signature does not hold: someone wrote it without the signing key. */
    void forgedAnchor(long lastId) {
        anchors.put(lastId, null);
    }

    boolean intact() {
        return broken == null;
    }

    void visit(AuditEntry entry) {
        if (!intact()) {
            return;
        }
        AuditVerification.Breach breach = breachOf(entry);
        if (breach != null) {
            long at = breach == AuditVerification.Breach.ENTRY_MISSING ? expectedId : entry.getId();
            broken = AuditVerification.broken(checked, at, breach);
        } else {
            checked++;
            expectedId++;
            previousHash = entry.getEntryHash();
        }
    }

    private AuditVerification.Breach breachOf(AuditEntry entry) {
        if (entry.getId() != expectedId) {
            return AuditVerification.Breach.ENTRY_MISSING;
        }
        if (!entry.followsHash(previousHash)) {
            return AuditVerification.Breach.LINK_BROKEN;
        }
        boolean keyed = entry.getId() >= keyedFrom;
        if (keyed != entry.isKeyed()) {
            return AuditVerification.Breach.ENTRY_ALTERED;
        }
        SecretKey key = keyed ? keys.get(entry.getKeyId()) : null;
        if (keyed && key == null) {
            return AuditVerification.Breach.UNKNOWN_KEY;
        }
        if (!entry.isIntact(key)) {
            return AuditVerification.Breach.ENTRY_ALTERED;
        }
        if (anchors.containsKey(entry.getId()) && !entry.getEntryHash().equals(anchors.get(entry.getId()))) {
            return AuditVerification.Breach.CHECKPOINT_MISMATCH;
        }
        return null;
    }

    /**
     * As {@link #endAt(AuditChainHead)}, knowing the newest entry read before the head: a head moved back behind
     * rows that exist would leave them unchecked, and a row written beyond the head would block every append.
     */
    AuditVerification endAt(AuditChainHead head, long newestId) {
        AuditVerification result = endAt(head);
        if (result.intact() && newestId > head.getLastId()) {
            return AuditVerification.broken(checked, head.getLastId() + 1, AuditVerification.Breach.LINK_BROKEN);
        }
        return result;
    }

    AuditVerification endAt(AuditChainHead head) {
        if (!intact()) {
            return broken;
        }
        if (expectedId - 1 != head.getLastId()) {
            return AuditVerification.broken(checked, expectedId, AuditVerification.Breach.ENTRY_MISSING);
        }
        if (!previousHash.equals(head.getLastHash())) {
            return AuditVerification.broken(checked, head.getLastId(), AuditVerification.Breach.LINK_BROKEN);
        }
        long beyondHead = anchors.keySet().stream().filter(id -> id > head.getLastId()).min(Long::compare)
                .orElse(0L);
        if (beyondHead > 0) {
            return AuditVerification.broken(checked, beyondHead, AuditVerification.Breach.CHECKPOINT_MISMATCH);
        }
        return AuditVerification.intact(checked);
    }
}
