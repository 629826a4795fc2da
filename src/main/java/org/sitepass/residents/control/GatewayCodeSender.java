package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one-time code as a message of the platform's message gateway, which joins the caller's transaction and
 * delivers the message after the commit. Until the gateway (branch {@code gateway}) is on this branch, the message
 * reaches nobody: the code is never written anywhere in clear.
 */
@ApplicationScoped
public class GatewayCodeSender implements OneTimeCodeSender {

    @Override
    public void send(String mobile, String text) {
        // the gateway's Messages.send(OutgoingMessage.sms(KIND, mobile, text)) takes the message here at the merge
    }
}
