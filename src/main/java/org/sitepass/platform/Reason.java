package org.sitepass.platform;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Why someone decided against another: a rejection, suspension, revocation, a declined device, a closed or escalated
 * order. The one reading it must be able to act on it, so every module asks for it by the same rule, as the
 * {@code reason} of a request body or typed into a page.
 */
public class Reason {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 500;
    /** The rule as a person reads it, in the API's field problems and on the pages alike. */
    public static final ModuleText RULE = ModuleText.validation("sitepass.validation.reason");

    @NotNull(message = "{sitepass.validation.reason}")
    @Size(min = MIN_LENGTH, max = MAX_LENGTH, message = "{sitepass.validation.reason}")
    @PlainText
    private String reason;

    public String getReason() {
        return reason;
    }

    /** Stripped on the way in, so that spaces neither count towards the length nor reach the reader. */
    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.strip();
    }

    /** A reason typed into a page, stripped, when it keeps the rule; the page then shows {@link #RULE}. */
    public static Optional<String> typed(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() >= MIN_LENGTH && stripped.length() <= MAX_LENGTH && PlainText.Check.isPlain(stripped)
                ? Optional.of(stripped) : Optional.empty();
    }
}
