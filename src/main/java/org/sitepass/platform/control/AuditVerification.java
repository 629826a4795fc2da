package org.sitepass.platform.control;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact        true when every link holds
 * @param checked       links found intact before the first breach (all of them when intact)
 * @param firstBrokenId id of the first link that is altered, unlinked or missing; null when intact
 * @param breach        what is wrong with that link; null when intact
 */
public record AuditVerification(boolean intact, long checked, Long firstBrokenId, Breach breach) {

    public enum Breach {
        /** The row's fields no longer match its hash. */
        ENTRY_ALTERED,
        /** The row does not point at the hash of the row before it. */
        LINK_BROKEN,
        /** A row with this id should exist and does not. */
        ENTRY_MISSING,
        /** The row names a chain key that is not configured (any more), so its HMAC cannot be checked. */
        UNKNOWN_KEY,
        /** A signed checkpoint recorded another hash for this row, or the checkpoint itself is not genuine. */
        CHECKPOINT_MISMATCH
    }

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long id, Breach breach) {
        return new AuditVerification(false, checked, id, breach);
    }
}
