package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FeedIntakeTest {

    /** What the batch that lost the race sees at commit: the winner's row holds the unique key. */
    private static RuntimeException lostARace() {
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new PersistenceException(new SQLIntegrityConstraintViolationException("Duplicate entry")));
        return new TransactionalException("commit failed", atCommit);
    }

    /** Answers each of {@code outcomes} in turn, throwing those that are failures, and counts the attempts. */
    private static final class Attempts implements Supplier<String> {
        private final Deque<Object> outcomes;
        private int made;

        Attempts(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public String get() {
            made++;
            Object outcome = outcomes.removeFirst();
            if (outcome instanceof RuntimeException failure) {
                throw failure;
            }
            return (String) outcome;
        }
    }

    @Test
    void aBatchThatLostARaceIsStoredOnceMore() {
        Attempts attempts = new Attempts(lostARace(), "UNCHANGED");
        assertEquals("UNCHANGED", FeedIntake.againAfterARace(attempts));
        assertEquals(2, attempts.made);
    }

    @Test
    void aBatchStoredAtTheFirstAttemptIsNotStoredAgain() {
        Attempts attempts = new Attempts("CREATED", "UNCHANGED");
        assertEquals("CREATED", FeedIntake.againAfterARace(attempts));
        assertEquals(1, attempts.made);
    }

    @Test
    void aSecondLostRaceIsAnsweredAsTheConflictItIs() {
        RuntimeException second = lostARace();
        Attempts attempts = new Attempts(lostARace(), second, "UNCHANGED");
        assertSame(second, assertThrows(RuntimeException.class, () -> FeedIntake.againAfterARace(attempts)));
        assertEquals(2, attempts.made);
    }

    @Test
    void batchesAreTakenOneAtATime() throws Exception {
        FeedIntake intake = new FeedIntake();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(2);
        Supplier<String> batch = () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return "stored";
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> stored = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                stored.add(threads.submit(() -> {
                    started.countDown();
                    started.await();
                    return intake.inTurn(batch);
                }));
            }
            for (Future<String> each : stored) {
                assertEquals("stored", each.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, most.get(), "never two batches at once");
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        IllegalStateException broken = new IllegalStateException("database gone");
        Attempts attempts = new Attempts(broken, "UNCHANGED");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> FeedIntake.againAfterARace(attempts)));
        assertEquals(1, attempts.made);
    }
}
