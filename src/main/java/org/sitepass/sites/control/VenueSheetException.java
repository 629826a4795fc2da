package org.sitepass.sites.control;

/**
 * Why a file cannot be read at all. It carries a message key and its arguments rather than a text, because
 * the applicant reads the reason in their own language.
 */
public class VenueSheetException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public VenueSheetException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
