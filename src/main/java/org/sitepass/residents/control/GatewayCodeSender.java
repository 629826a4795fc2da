package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sitepass.platform.Messages;
import org.sitepass.platform.OutgoingMessage;

/**
 * The one-time code as an SMS of the platform's message gateway: it joins the caller's transaction and leaves after
 * the commit, so a binding attempt that rolls back has sent nothing.
 */
@ApplicationScoped
public class GatewayCodeSender implements OneTimeCodeSender {

    @Inject
    Messages messages;

    @Override
    public void send(String mobile, String text) {
        messages.send(OutgoingMessage.sms(KIND, mobile, text));
    }
}
