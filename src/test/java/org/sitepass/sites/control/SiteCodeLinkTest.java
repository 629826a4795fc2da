package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SiteCodeLinkTest {

    private static final String PAYLOAD = "SP1.310109-0000001-9.dev1." + "A".repeat(86);

    @Test
    void aPosterLinkLeadsToTheCheckInUnderThePublicAddress() {
        assertEquals("https://sitepass.example.cn/c/" + PAYLOAD, SiteCodeLink.of("https://sitepass.example.cn", PAYLOAD));
        assertEquals("https://sitepass.example.cn/c/" + PAYLOAD,
                SiteCodeLink.of(" https://sitepass.example.cn/ ", PAYLOAD), "a trailing slash makes no double slash");
    }

    @Test
    void aLinkYieldsItsPayloadWhateverItsHost() {
        assertEquals(PAYLOAD, SiteCodeLink.payloadOf(SiteCodeLink.of("https://sitepass.example.cn", PAYLOAD)));
        assertEquals(PAYLOAD, SiteCodeLink.payloadOf("http://localhost:8081/c/" + PAYLOAD + "\n"));
        assertEquals(PAYLOAD, SiteCodeLink.payloadOf("https://old.example.cn/sitepass/c/" + PAYLOAD),
                "a site moved under a context path still reads");
    }

    @Test
    void aBarePayloadOfAnOlderPosterIsTakenAsItWasRead() {
        assertEquals(PAYLOAD, SiteCodeLink.payloadOf(PAYLOAD));
        assertNull(SiteCodeLink.payloadOf(null));
    }

    @Test
    void whatIsNotALinkToACheckInIsLeftForTheSignatureCheckToRefuse() {
        String query = "https://sitepass.example.cn/c/" + PAYLOAD + "?x=1";
        assertEquals(query, SiteCodeLink.payloadOf(query));
        String otherPath = "https://sitepass.example.cn/d/" + PAYLOAD;
        assertEquals(otherPath, SiteCodeLink.payloadOf(otherPath));
        String twoSegments = "https://sitepass.example.cn/c/" + PAYLOAD + "/more";
        assertEquals(twoSegments, SiteCodeLink.payloadOf(twoSegments));
        String ftp = "ftp://sitepass.example.cn/c/" + PAYLOAD;
        assertEquals(ftp, SiteCodeLink.payloadOf(ftp));
    }
}
