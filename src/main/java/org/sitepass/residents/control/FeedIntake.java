package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.sitepass.platform.ConcurrentChange;

/**
 * Takes health-feed batches into {@link HealthFeed}, one at a time on this instance. The same batch sent twice at
 * once (a source retrying after a time-out) stores the same people: interleaved, the two inserts meet on the
 * residents' unique keys and the database rolls one back as a deadlock, or fails it on a key the other took. Taken
 * in turn, the second finds the first's records and answers UNCHANGED for them, like any batch sent again. Two
 * instances may still race: the loser is stored once more, in a new transaction that sees what the winner committed.
 */
@ApplicationScoped
public class FeedIntake {

    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    @Inject
    HealthFeed feed;

    public FeedReport receive(Locale locale, List<FeedRecord> records, Instant now) {
        return inTurn(() -> againAfterARace(() -> feed.receive(locale, records, now)));
    }

    /** Runs {@code batch} once every batch that came before it on this instance has ended. */
    <T> T inTurn(Supplier<T> batch) {
        oneAtATime.lock();
        try {
            return batch.get();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Runs {@code attempt}, and once more when another request changed the same rows under it; then gives up. */
    static <T> T againAfterARace(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException lost) {
            if (!ConcurrentChange.among(lost)) {
                throw lost;
            }
            return attempt.get();
        }
    }
}
