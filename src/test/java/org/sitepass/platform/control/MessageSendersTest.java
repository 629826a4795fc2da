package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageSendersTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void outboxWritesIntoTheConfiguredDirectory() {
        MessageSender sender = MessageSenders.choose(Optional.of("outbox"), Optional.of("/tmp/outbox"), NONE, NONE);
        assertEquals(Path.of("/tmp/outbox"), assertInstanceOf(OutboxDirectory.class, sender).directory());
    }

    @Test
    void httpPostsToTheConfiguredProvider() {
        assertInstanceOf(HttpGateway.class, MessageSenders.choose(Optional.of(" http "), NONE,
                Optional.of("https://sms.example.gov.cn/v1/messages"), Optional.of("secret")));
    }

    @Test
    void withoutAGatewayTheDeploymentDoesNotStart() {
        assertRefused(MessageSenders.GATEWAY, NONE, Optional.of("/tmp/outbox"), NONE, NONE);
        assertRefused(MessageSenders.GATEWAY, Optional.of(""), NONE, NONE, NONE);
        assertRefused(MessageSenders.GATEWAY, Optional.of("console"), NONE, NONE, NONE);
    }

    @Test
    void eachGatewayNeedsItsOwnSettings() {
        assertRefused(MessageSenders.OUTBOX_DIR, Optional.of("outbox"), NONE, NONE, NONE);
        assertRefused(MessageSenders.HTTP_URL, Optional.of("http"), NONE, NONE, Optional.of("secret"));
        assertRefused(MessageSenders.HTTP_TOKEN, Optional.of("http"), NONE, Optional.of("https://sms.example"), NONE);
        assertRefused(MessageSenders.HTTP_URL, Optional.of("http"), NONE, Optional.of("sms.example/send"),
                Optional.of("secret"));
    }

    @Test
    void aRefusalDoesNotQuoteTheUrlWhichMayCarryAKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> MessageSenders.choose(
                Optional.of("http"), NONE, Optional.of("ftp://sms.example/?key=s3cret"), Optional.of("secret")));
        assertFalse(refused.getMessage().contains("s3cret"));
    }

    private static void assertRefused(String naming, Optional<String> gateway, Optional<String> dir,
                                      Optional<String> url, Optional<String> token) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> MessageSenders.choose(gateway, dir, url, token));
        assertTrue(refused.getMessage().contains(naming), refused.getMessage());
    }
}
