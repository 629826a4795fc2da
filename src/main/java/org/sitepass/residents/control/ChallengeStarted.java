package org.sitepass.residents.control;

import java.time.Instant;

/**
 * A code is on its way: the challenge to confirm it under, the mobile it went to as the resident recognises it
 * ({@code 138****5678}), and until when it is valid.
 */
public record ChallengeStarted(String challenge, String mobile, Instant expiresAt, int attemptsLeft) {
}
