package org.sitepass.tracing.control;

import jakarta.validation.ConstraintViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.residents.Credential;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;

/**
 * The rules of a check's body beyond its fields' own: one credential, a clock that can be the check's time, a verdict
 * that is one. Each refusal names its field and says why in words a device's screen can show.
 */
final class EntryCheck {

    /** A live check's clock may be off by this much; more is a clock that was never set (1970, another year). */
    static final Duration LIVE_CLOCK_SKEW = Duration.ofDays(1);
    /** How long ago an offline check may have been made: no older than the pass records are kept. */
    static final Duration OFFLINE_HORIZON = Duration.ofDays(28);

    private EntryCheck() {
    }

    /** The credential shown: a scanned code's payload or an ID card, and never both nor neither. */
    static Credential credential(EntryCheckForm form) {
        boolean scanned = form.getPayload() != null && !form.getPayload().isBlank();
        IdCardForm card = form.getIdCard();
        if (scanned == (card != null)) {
            throw InvalidInput.of("payload", ModuleText.validation("tracing.validation.oneCredential"));
        }
        return scanned ? Credential.scanned(form.getPayload()) : Credential.idCard(card.getNumber(), card.getName());
    }

    /** The device's clock of a live check: within a day of ours. */
    static Instant liveClock(EntryCheckForm form, Instant now) {
        return clock(form, now.minus(LIVE_CLOCK_SKEW), now.plus(LIVE_CLOCK_SKEW));
    }

    /** The device's clock of an offline check: not later than a day from now, nor older than records are kept. */
    static Instant offlineClock(EntryCheckForm form, Instant now) {
        return clock(form, now.minus(OFFLINE_HORIZON), now.plus(LIVE_CLOCK_SKEW));
    }

    private static Instant clock(EntryCheckForm form, Instant earliest, Instant latest) {
        Instant clock;
        try {
            clock = Instant.parse(form.getDeviceClock());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("deviceClock", ModuleText.validation("sitepass.validation.instant"));
        }
        if (clock.isBefore(earliest) || clock.isAfter(latest)) {
            throw InvalidInput.of("deviceClock", ModuleText.validation("tracing.validation.clockOff"));
        }
        return clock;
    }

    /** The verdict a device gave offline: a pass has no reason, a stop at least one, each a reason SitePass knows. */
    static PassVerdict offlineVerdict(OfflineCheckForm form) {
        PassOutcome outcome = PassOutcome.valueOf(form.getOutcome());
        List<String> codes = form.getReasons() == null ? List.of() : form.getReasons();
        Set<PassReason> reasons = EnumSet.noneOf(PassReason.class);
        for (String code : codes) {
            try {
                reasons.add(PassReason.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInput.of("reasons", ModuleText.validation("tracing.validation.reasons"));
            }
        }
        if ((outcome == PassOutcome.PASS) != reasons.isEmpty()) {
            throw InvalidInput.of("reasons", ModuleText.validation("tracing.validation.verdict"));
        }
        return outcome == PassOutcome.PASS ? PassVerdict.PASS : PassVerdict.stop(reasons);
    }

    /**
     * Bean Validation's findings on one check of a batch, as the refusal of that check alone: each field with its
     * message, whose templates are all keys of the validation bundle.
     */
    static InvalidInput invalid(Collection<? extends ConstraintViolation<?>> violations) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new InvalidInput.FieldProblem(v.getPropertyPath().toString(),
                        ModuleText.validation(v.getMessageTemplate().replaceAll("^\\{|}$", "")))));
        return new InvalidInput(problems);
    }
}
