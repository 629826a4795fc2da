package org.sitepass.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One message to one person, as {@link Messages#send} takes it: the text is already rendered in the recipient's
 * language, and the kind (e.g. {@code BINDING_CODE}) says in the record why it was sent. Refusals never quote the
 * recipient or the text: both are personal data, and a text may carry a one-time code.
 *
 * @param mobile a mainland China mobile number, 11 digits ({@link MobileNumber})
 */
public record OutgoingMessage(MessageChannel channel, String mobile, String text, String kind) {

    /** Room for a long SMS of a few parts; a notice longer than this belongs on a page. */
    public static final int MAX_TEXT_LENGTH = 500;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        if (mobile == null || mobile.isEmpty() || !new MobileNumber.Check().isValid(mobile, null)) {
            throw new IllegalArgumentException("the recipient is not a mobile number");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("a message text has 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a message kind is a code of capitals, digits and _");
        }
    }

    public static OutgoingMessage sms(String kind, String mobile, String text) {
        return new OutgoingMessage(MessageChannel.SMS, mobile, text, kind);
    }

    /** Keeps the recipient and the text out of logs and exception messages that print a message. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + channel + ", " + kind + "]";
    }
}
