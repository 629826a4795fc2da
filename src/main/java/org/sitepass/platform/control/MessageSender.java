package org.sitepass.platform.control;

import org.sitepass.platform.entity.SendResult;

/**
 * A gateway that messages leave by. It answers rather than throws, and its answer never carries the recipient or
 * the text.
 */
public interface MessageSender {

    SendResult send(DueMessage message);
}
