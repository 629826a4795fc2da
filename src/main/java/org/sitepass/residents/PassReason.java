package org.sitepass.residents;

import java.util.Locale;

/**
 * Why a door stops a person, in a fixed order of severity (most severe first): a verdict lists its reasons in this
 * order. A scanned credential that cannot be trusted or is not admitted comes first, as nothing else about the
 * person is then known; among health reasons, a confirmed risk (red code, positive test) outranks a measured one
 * (fever), which outranks what is merely missing (a test, a dose). Each reason has a text to read and a short voice
 * prompt for the sentry's speaker, in the residents bundle under {@code residents.reason.<CODE>} and
 * {@code residents.reason.<CODE>.voice}.
 */
public enum PassReason {
    /** Not a code SitePass can read: a damaged QR, another app's code, an ID card number that cannot be. */
    CODE_UNREADABLE,
    CODE_FORGED,
    CODE_VOID,
    CODE_EXPIRED,
    UNKNOWN_PERSON,
    OTHER_REGION_CODE_REFUSED,
    RELATIVE_CODE_REFUSED,
    /** A paper offline code held to a sentry: sentries refuse it, and the person swipes their ID card instead. */
    PAPER_CODE_AT_SENTRY,
    CODE_RED,
    TEST_POSITIVE,
    FEVER,
    CODE_YELLOW,
    /** The latest nucleic-acid test, sampled within the window, has no result yet. */
    TEST_PENDING,
    TEST_MISSING,
    TEST_TOO_OLD,
    VACCINATION_MISSING;

    private static final String PREFIX = "residents.reason.";

    public String textKey() {
        return PREFIX + name();
    }

    public String voiceKey() {
        return PREFIX + name() + ".voice";
    }

    /** What the sentry's screen or the officer's page shows. */
    public String text(Locale locale) {
        return ResidentsTexts.in(locale, textKey());
    }

    /** What the sentry's speaker says: a few words. */
    public String voice(Locale locale) {
        return ResidentsTexts.in(locale, voiceKey());
    }
}
