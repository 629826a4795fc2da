package org.sitepass.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.MessageChannel;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private final RetrySchedule retries = RetrySchedule.DEFAULT.withMaxAttempts(3);

    @Test
    void theWaitDoublesAfterEachFailureUpToItsCeiling() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertEquals(Duration.ofSeconds(30), schedule.waitAfter(1));
        assertEquals(Duration.ofMinutes(1), schedule.waitAfter(2));
        assertEquals(Duration.ofMinutes(2), schedule.waitAfter(3));
        assertEquals(Duration.ofMinutes(16), schedule.waitAfter(6));
        assertEquals(Duration.ofMinutes(30), schedule.waitAfter(7));
        assertEquals(Duration.ofMinutes(30), schedule.waitAfter(1000));
    }

    @Test
    void noAttemptFollowsTheLastOne() {
        assertEquals(Optional.of(NOW.plusSeconds(60)), retries.nextAttempt(2, NOW));
        assertEquals(Optional.empty(), retries.nextAttempt(3, NOW));
        assertThrows(IllegalArgumentException.class, () -> RetrySchedule.DEFAULT.withMaxAttempts(0));
    }

    @Test
    void aClaimCountsTheAttemptAndKeepsOtherInstancesAwayUntilItRunsOut() {
        OutboxMessage message = message();
        assertTrue(message.isDue(NOW));
        message.claim(NOW);
        assertEquals(1, message.getAttempts());
        assertFalse(message.isDue(NOW.plusSeconds(60)));
        assertThrows(IllegalStateException.class, () -> message.claim(NOW.plusSeconds(60)));
        assertTrue(message.isDue(NOW.plus(OutboxMessage.CLAIM_HELD)), "a dead attempt's message is tried again");
    }

    @Test
    void aDeliveredMessageIsDoneWith() {
        OutboxMessage message = message();
        message.claim(NOW);
        message.settle(SendResult.sent(), retries, NOW);
        assertEquals(MessageStatus.SENT, message.getStatus());
        assertFalse(message.isDue(NOW.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> message.claim(NOW.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> message.settle(SendResult.sent(), retries, NOW));
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackOffUntilTheAttemptsAreUsedUp() {
        OutboxMessage message = message();
        Instant now = NOW;
        for (int attempt = 1; attempt < 3; attempt++) {
            message.claim(now);
            message.settle(SendResult.retry("HTTP 503"), retries, now);
            assertEquals(MessageStatus.PENDING, message.getStatus());
            assertEquals(now.plus(retries.waitAfter(attempt)), message.getNextAttemptAt());
            now = message.getNextAttemptAt();
        }
        message.claim(now);
        message.settle(SendResult.retry("HTTP 503"), retries, now);
        assertEquals(MessageStatus.FAILED, message.getStatus());
        assertEquals("HTTP 503", message.getLastError());
        assertEquals(3, message.getAttempts());
    }

    @Test
    void aRejectedMessageIsNotTriedAgain() {
        OutboxMessage message = message();
        message.claim(NOW);
        message.settle(SendResult.rejected("HTTP 400"), retries, NOW);
        assertEquals(MessageStatus.FAILED, message.getStatus());
        assertEquals(1, message.getAttempts());
    }

    @Test
    void onlyAClaimedAttemptIsSettled() {
        assertThrows(IllegalStateException.class, () -> message().settle(SendResult.sent(), retries, NOW));
    }

    private static OutboxMessage message() {
        return new OutboxMessage("BINDING_CODE", MessageChannel.SMS, "k1:sealed", "index", "k1:sealed", NOW);
    }
}
