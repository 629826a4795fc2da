package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    @Test
    void aMessageNeedsAMobileATextAndAKindCode() {
        assertEquals(MessageChannel.SMS, OutgoingMessage.sms("BINDING_CODE", "13812345678", "验证码 123456").channel());
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.sms("BINDING_CODE", "12812345678", "x"));
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.sms("BINDING_CODE", "", "x"));
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.sms("BINDING_CODE", "13812345678", " "));
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.sms("BINDING_CODE", "13812345678",
                "x".repeat(OutgoingMessage.MAX_TEXT_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.sms("binding code", "13812345678", "x"));
    }

    @Test
    void neitherTheRecipientNorTheTextIsPrintedOrQuoted() {
        OutgoingMessage message = OutgoingMessage.sms("BINDING_CODE", "13812345678", "验证码 123456");
        assertFalse(message.toString().contains("1381"));
        assertFalse(message.toString().contains("123456"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> OutgoingMessage.sms("BINDING_CODE", "1381234567", "验证码 123456"));
        assertFalse(refused.getMessage().contains("1381234567"));
    }
}
