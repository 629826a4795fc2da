package org.sitepass.platform.control;

import org.sitepass.platform.MessageChannel;

/** A claimed message opened for its gateway: the only place its recipient and text are in clear. */
public record DueMessage(long id, String kind, MessageChannel channel, String mobile, String text) {

    /** Keeps the recipient and the text out of any log line that prints a message. */
    @Override
    public String toString() {
        return "DueMessage[" + id + ", " + kind + "]";
    }
}
