package org.sitepass.residents.control;

/** What became of one record of a health-feed batch. */
public enum FeedOutcome {
    /** Stored for the first time. */
    CREATED,
    /** A newer version (later source time) of a record already stored: it replaced the stored one. */
    UPDATED,
    /** The stored version is as new or newer: nothing changed, as when a batch is sent again. */
    UNCHANGED,
    /** A health record whose document names nobody in the registry; the rest of the batch is stored. */
    UNKNOWN_RESIDENT,
    /** The source's id is already another person's record: a correction cannot move a record to someone else. */
    SOURCE_ID_TAKEN;

    /** Whether the record was refused rather than stored or already there. */
    public boolean isRefusal() {
        return this == UNKNOWN_RESIDENT || this == SOURCE_ID_TAKEN;
    }
}
