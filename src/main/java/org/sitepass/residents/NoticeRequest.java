package org.sitepass.residents;

import java.util.Arrays;
import java.util.Objects;
import org.sitepass.platform.Reason;
import org.sitepass.residents.entity.NoticeKind;

/**
 * A notice another module places on a resident's health-code page, and sends to the mobile the registry holds.
 *
 * @param kind {@code EXPOSURE}, {@code CLOSE_CONTACT} or {@code SECONDARY_CONTACT}
 * @param text what the person reads, in the words of whoever placed it (the rules of a {@link Reason}), stripped
 * @param placedFor what the notice serves, e.g. an exposure's reference: correcting and withdrawing name it again
 * @param placedBy the account that placed it
 */
public record NoticeRequest(ResidentRef resident, String kind, String text, String placedFor, String placedBy) {

    /** The kinds of notice, as other modules name them. */
    public static final String EXPOSURE = NoticeKind.EXPOSURE.name();
    public static final String CLOSE_CONTACT = NoticeKind.CLOSE_CONTACT.name();
    public static final String SECONDARY_CONTACT = NoticeKind.SECONDARY_CONTACT.name();

    public NoticeRequest {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(placedFor, "placedFor");
        Objects.requireNonNull(placedBy, "placedBy");
        if (NoticeKind.of(kind).isEmpty()) {
            throw new IllegalArgumentException("a notice's kind is one of " + Arrays.toString(NoticeKind.values()));
        }
        text = readable(text);
    }

    /** The text may tell of a venue the person visited: a log line shows only what the notice serves. */
    @Override
    public String toString() {
        return "NoticeRequest[" + kind + ", " + placedFor + "]";
    }

    /** The text a person reads, stripped; refused unless it keeps the rules of a {@link Reason}. */
    public static String readable(String text) {
        return Reason.typed(text).orElseThrow(() -> new IllegalArgumentException(
                "a notice's text is plain text of " + Reason.MIN_LENGTH + " to " + Reason.MAX_LENGTH + " characters"));
    }
}
