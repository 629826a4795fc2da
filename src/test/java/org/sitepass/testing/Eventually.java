package org.sitepass.testing;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the IT server does on its own schedule (the sweeps arquillian.xml makes run every few seconds),
 * polling every half second for up to half a minute; answers the last answer, done or not, for the test to assert.
 */
public final class Eventually {

    private static final int POLLS = 60;
    private static final long PAUSE_MS = 500;

    private Eventually() {
    }

    public static <T> T until(Supplier<T> poll, Predicate<T> done) throws InterruptedException {
        T answer = poll.get();
        for (int i = 0; i < POLLS && !done.test(answer); i++) {
            Thread.sleep(PAUSE_MS);
            answer = poll.get();
        }
        return answer;
    }
}
