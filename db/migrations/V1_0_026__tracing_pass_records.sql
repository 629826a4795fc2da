-- The tracing module: every pass at a door, one row per check, in one table partitioned by the server's receive day
-- (city time), so that retention drops whole days (TracingPartitions) and never deletes row by row. The partition
-- column is in every key, as MySQL, MariaDB and the distributed engines of larger tiers require. A person is only
-- their opaque resident reference; a credential that named nobody leaves it empty. Ids are random, not time-ordered,
-- so that a distributed engine spreads the inserts. The catch-all partition keeps a door working on a day whose
-- partition the job has not created yet; the job splits it.
CREATE TABLE tracing_pass_record (
    day               DATE          NOT NULL,
    id                BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    device_time       DATETIME(6)   NULL,
    clock_drift_ms    BIGINT        NULL,
    venue_id          BIGINT        NOT NULL,
    entrance          VARCHAR(40)   NULL,
    source            VARCHAR(8)    NOT NULL,
    device_id         BIGINT        NULL,
    sequence          BIGINT        NULL,
    staff             VARCHAR(64)   NULL,
    resident_ref      CHAR(22)      CHARACTER SET ascii COLLATE ascii_bin NULL,
    credential_type   VARCHAR(16)   NULL,
    temperature       DECIMAL(3,1)  NULL,
    outcome           VARCHAR(4)    NOT NULL,
    reasons           VARCHAR(400)  CHARACTER SET ascii NULL,
    colour            VARCHAR(6)    NULL,
    decided_offline   BOOLEAN       NOT NULL,
    PRIMARY KEY (day, id),
    KEY tracing_pass_record_resident (resident_ref, recorded_at),
    KEY tracing_pass_record_venue (venue_id, recorded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
PARTITION BY RANGE COLUMNS (day) (
    PARTITION p_before VALUES LESS THAN ('2026-01-01'),
    PARTITION p_later VALUES LESS THAN (MAXVALUE)
);

-- A device's sequence numbers, one row per check it sent: a unique key on the day-partitioned table would hold only
-- within its day, this one holds across midnight. The digest is of the body as first sent, so that a retry is told
-- apart from a sequence reused for another check (409). Rows go when their pass record's day is purged.
CREATE TABLE tracing_device_sequence (
    device_id         BIGINT        NOT NULL,
    sequence          BIGINT        NOT NULL,
    day               DATE          NOT NULL,
    record_id         BIGINT        NOT NULL,
    body_digest       BINARY(32)    NOT NULL,
    PRIMARY KEY (device_id, sequence),
    KEY tracing_device_sequence_day (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each retention purge removed: the day and how many pass records, so that a day past the period can be shown
-- gone. The audit trail records the same with who ran it.
CREATE TABLE tracing_purge (
    day               DATE          NOT NULL,
    purged_at         DATETIME(6)   NOT NULL,
    records           BIGINT        NOT NULL,
    sequences         BIGINT        NOT NULL,
    PRIMARY KEY (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
