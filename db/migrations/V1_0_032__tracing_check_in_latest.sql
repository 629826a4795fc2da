-- The latest check-in of a resident at a venue, one row per pair: two scans at the same moment race for this row, and
-- only the one that moves it on past the check-in window records a visit (CheckInClaims); the other answers the
-- visit the first records. Rows older than the retention period go with the purge, as they say where a person was.
CREATE TABLE tracing_check_in_latest (
    resident_ref      CHAR(22)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    venue_id          BIGINT        NOT NULL,
    last_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (resident_ref, venue_id),
    KEY tracing_check_in_latest_last_at (last_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A purge notes each day before it drops the day's partition, so a day never goes unnoted; a run whose drop failed
-- notes the same partition's counts again, which replace its first note instead of adding to it: the partition and
-- its counts are kept apart from the day's totals, which records of the day purged later with another partition add to.
ALTER TABLE tracing_purge
    ADD COLUMN last_partition  VARCHAR(16)  CHARACTER SET ascii NULL,
    ADD COLUMN last_records    BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN last_sequences  BIGINT       NOT NULL DEFAULT 0;
