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
