package org.sitepass.residents.control;

/**
 * Sends a one-time code to a resident's mobile, inside the caller's transaction: a binding that rolls back has sent
 * nothing. The text already carries the code, rendered in the resident's language.
 */
public interface OneTimeCodeSender {

    /** The kind the message is recorded under. */
    String KIND = "BINDING_CODE";

    void send(String mobile, String text);
}
