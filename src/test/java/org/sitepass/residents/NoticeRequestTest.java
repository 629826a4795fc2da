package org.sitepass.residents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NoticeRequestTest {

    private static final ResidentRef PERSON = new ResidentRef("abcdefghijklmnopqrstuv");

    private static NoticeRequest request(String kind, String text) {
        return new NoticeRequest(PERSON, kind, text, "EX-20261204-0001", "tracer1");
    }

    @Test
    void aNoticeHasAKnownKindAndAReadableText() {
        assertEquals("请尽快做核酸检测。", request("EXPOSURE", "  请尽快做核酸检测。 ").text(), "stripped");
        assertThrows(IllegalArgumentException.class, () -> request("VISIT", "请尽快做核酸检测。"));
        assertThrows(IllegalArgumentException.class, () -> request("EXPOSURE", "x"));
        assertThrows(IllegalArgumentException.class, () -> request("EXPOSURE", "测".repeat(501)));
        assertThrows(IllegalArgumentException.class, () -> request("EXPOSURE", "<b>请检测</b>"));
        assertThrows(NullPointerException.class,
                () -> new NoticeRequest(PERSON, "EXPOSURE", "请尽快做核酸检测。", null, "tracer1"));
    }

    @Test
    void anIdentityPrintsNoPersonalData() {
        Identity identity = new Identity(PERSON, "10", "310109199003071231", "张三", "13812345678", "310109");
        assertEquals("Identity[abcdefghijklmnopqrstuv]", identity.toString());
    }
}
