package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitepass.platform.ConcurrentChange;

/**
 * Takes a health-feed batch into {@link HealthFeed}. The same batch sent twice at once (a source retrying after a
 * time-out) races to insert the same source ids, and the loser's transaction fails on the unique key at commit. It
 * is stored once more, in a new transaction that sees what the winner committed, so that it answers UNCHANGED for
 * those records like any batch sent again, rather than a 409 the source would have to retry itself.
 */
@ApplicationScoped
public class FeedIntake {

    @Inject
    HealthFeed feed;

    public FeedReport receive(Locale locale, List<FeedRecord> records, Instant now) {
        return againAfterARace(() -> feed.receive(locale, records, now));
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
