package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.control.ResidentRegistry;

class BindingChallengeTest {

    private static final Instant SENT = Instant.parse("2026-12-04T02:00:00Z");
    private static final String HASH = "a".repeat(64);
    private static final String WRONG = "b".repeat(64);

    private final BindingChallenge challenge = BindingChallenge.sent(ResidentRegistry.newReference(), "resident1", 7,
            HASH, SENT);

    @Test
    void theRightCodeWithinFiveMinutesConfirms() {
        assertEquals(BindingChallenge.Entry.CONFIRMED, challenge.enter(HASH, SENT.plusSeconds(299)));
        assertEquals(ChallengeStatus.CONFIRMED, challenge.status());
        assertRefused(() -> challenge.enter(HASH, SENT.plusSeconds(300)), "a confirmed code is not taken again");
    }

    @Test
    void aCodeIsRefusedOnceFiveMinutesHavePassedEvenIfRight() {
        assertRefused(() -> challenge.enter(HASH, SENT.plusSeconds(300)), "expired");
        assertEquals(ChallengeStatus.SENT, challenge.status());
        assertEquals(5, challenge.attemptsLeft(), "an expired challenge counts no attempt");
    }

    @Test
    void theFifthWrongCodeExhaustsTheChallengeAndTheRightOneNoLongerCounts() {
        for (int wrong = 1; wrong <= 4; wrong++) {
            assertEquals(BindingChallenge.Entry.WRONG, challenge.enter(WRONG, SENT.plusSeconds(wrong)));
            assertEquals(5 - wrong, challenge.attemptsLeft());
        }
        assertEquals(BindingChallenge.Entry.EXHAUSTED, challenge.enter(WRONG, SENT.plusSeconds(5)));
        assertEquals(ChallengeStatus.EXHAUSTED, challenge.status());
        assertRefused(() -> challenge.enter(HASH, SENT.plusSeconds(6)), "exhausted");
    }

    @Test
    void aRefusedCheckTakesNoCodeAtAll() {
        BindingChallenge refused = BindingChallenge.refused(ResidentRegistry.newReference(), "resident1", SENT);
        assertEquals(ChallengeStatus.REFUSED, refused.status());
        assertRefused(() -> refused.enter(HASH, SENT), "refused");
    }

    private static void assertRefused(Runnable entry, String why) {
        RequestRefused refusal = assertThrows(RequestRefused.class, entry::run, why);
        assertEquals(RequestRefused.CONFLICT, refusal.status());
    }
}
