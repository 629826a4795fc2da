package org.sitepass.platform.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again: after the first failed attempt a short wait, doubled after each further one up to a
 * ceiling, and no more tries once {@code maxAttempts} have failed. With the defaults (30 s doubling up to 30 min,
 * 8 attempts) a message is given up about an hour after it was first tried: a one-time code is long stale by then.
 */
public record RetrySchedule(Duration firstWait, Duration longestWait, int maxAttempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(30), 8);

    public RetrySchedule {
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry schedule waits a positive, growing time, tries at least once");
        }
    }

    public RetrySchedule withMaxAttempts(int attempts) {
        return new RetrySchedule(firstWait, longestWait, attempts);
    }

    /** The wait after the given number of failed attempts (1 for the first). */
    public Duration waitAfter(int failedAttempts) {
        Duration wait = firstWait;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) < 0 ? wait : longestWait;
    }

    /** The time of the next attempt, or none when the attempts are used up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(waitAfter(failedAttempts)));
    }
}
