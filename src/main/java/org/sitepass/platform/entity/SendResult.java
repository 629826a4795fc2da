package org.sitepass.platform.entity;

/**
 * What a gateway answered for one message. {@code error} says what went wrong in terms free of personal data (a
 * status code, an exception class); a rejected message is not tried again.
 */
public record SendResult(Outcome outcome, String error) {

    public enum Outcome {
        SENT, RETRY, REJECTED
    }

    private static final int MAX_ERROR = 200;

    public SendResult {
        error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, null);
    }

    public static SendResult retry(String error) {
        return new SendResult(Outcome.RETRY, error);
    }

    public static SendResult rejected(String error) {
        return new SendResult(Outcome.REJECTED, error);
    }
}
