package org.sitepass.platform.control;

import org.sitepass.platform.entity.AuditChainHead;
import org.sitepass.platform.entity.AuditEntry;

/** Checks audit links one after another and remembers the first one that does not hold. */
final class ChainWalk {

    private long expectedId = 1;
    private String previousHash = AuditChainHead.GENESIS_HASH;
    private long checked;
    private AuditVerification broken;

    boolean intact() {
        return broken == null;
    }

    void visit(AuditEntry entry) {
        if (!intact()) {
            return;
        }
        if (entry.getId() != expectedId) {
            broken = AuditVerification.broken(checked, expectedId, AuditVerification.Breach.ENTRY_MISSING);
        } else if (!entry.followsHash(previousHash)) {
            broken = AuditVerification.broken(checked, entry.getId(), AuditVerification.Breach.LINK_BROKEN);
        } else if (!entry.isIntact()) {
            broken = AuditVerification.broken(checked, entry.getId(), AuditVerification.Breach.ENTRY_ALTERED);
        } else {
            checked++;
            expectedId++;
            previousHash = entry.getEntryHash();
        }
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
        return AuditVerification.intact(checked);
    }
}
