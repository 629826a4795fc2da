package org.sitepass.residents.entity;

/** Where a binding challenge stands; only a sent one takes a code. */
public enum ChallengeStatus {
    /** The real-name check failed: no code was sent; kept so that the day's attempts count it. */
    REFUSED,
    /** A code was sent to the registry's mobile and awaits entry. */
    SENT,
    /** The right code was entered: the account is bound. */
    CONFIRMED,
    /** Too many wrong codes: a new challenge is needed. */
    EXHAUSTED
}
