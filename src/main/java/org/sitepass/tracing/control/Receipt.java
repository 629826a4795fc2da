package org.sitepass.tracing.control;

import org.sitepass.tracing.entity.PassRecordId;

/**
 * What the ledger did with a keyed entry: stored it now, found the same check stored before (a retry, answered from
 * that record), or found its sequence taken by another check.
 *
 * @param record the record stored now or before; none when the sequence was taken by another check
 */
public record Receipt(Kind kind, PassRecordId record) {

    public enum Kind { STORED, ALREADY_STORED, SEQUENCE_TAKEN }

    static Receipt stored(PassRecordId record) {
        return new Receipt(Kind.STORED, record);
    }

    static Receipt already(PassRecordId record) {
        return new Receipt(Kind.ALREADY_STORED, record);
    }

    static Receipt taken() {
        return new Receipt(Kind.SEQUENCE_TAKEN, null);
    }
}
