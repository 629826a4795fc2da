-- The platform's transactional outbox of messages to people (SMS): a module's use case adds a row in its own
-- transaction, and the delivery job hands it to the configured gateway after commit, retrying with back-off.
-- The recipient and the text are sealed (a text may carry a one-time code); the blind index finds a recipient's
-- messages. last_error says what the gateway answered (a status or an exception class), never personal data.
-- Delivered and failed rows are removed a week after they were written.
CREATE TABLE platform_message (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(40)   NOT NULL,
    channel             VARCHAR(8)    NOT NULL,
    recipient_sealed    VARCHAR(200)  NOT NULL,
    recipient_index     CHAR(64)      NOT NULL,
    text_sealed         TEXT          NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    status              VARCHAR(8)    NOT NULL,
    attempts            INT           NOT NULL,
    next_attempt_at     DATETIME(6)   NOT NULL,
    sent_at             DATETIME(6)   NULL,
    last_error          VARCHAR(200)  NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY platform_message_due (status, next_attempt_at),
    KEY platform_message_created (created_at),
    KEY platform_message_recipient (recipient_index)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
