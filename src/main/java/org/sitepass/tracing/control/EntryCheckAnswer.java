package org.sitepass.tracing.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentDisplay;

/**
 * What a sentry shows and says: the verdict, its reasons in the reader's language with their voice prompts, and the
 * person as a bystander may see them.
 *
 * @param screen none when the credential spoke for nobody
 * @param recordedAt when the server recorded the check (the first time, for a retry)
 */
public record EntryCheckAnswer(long sequence, PassOutcome outcome, List<Reason> reasons, ResidentDisplay screen,
                               Instant recordedAt) {

    /** A reason by its code, with what the screen shows and what the speaker says. */
    public record Reason(String code, String text, String voice) {
    }

    static EntryCheckAnswer of(long sequence, PassVerdict verdict, ResidentDisplay screen, Instant recordedAt,
                               Locale locale) {
        return new EntryCheckAnswer(sequence, verdict.outcome(), verdict.reasons().stream()
                .map(r -> reason(r, locale)).toList(), screen, recordedAt);
    }

    private static Reason reason(PassReason reason, Locale locale) {
        return new Reason(reason.name(), reason.text(locale), reason.voice(locale));
    }
}
