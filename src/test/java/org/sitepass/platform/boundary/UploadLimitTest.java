package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

    private static final String FORM = "multipart/form-data; boundary=x";

    @Test
    void onlyMultipartPostsOverTheLimitAreRefused() {
        assertTrue(UploadLimit.tooLarge("POST", FORM, UploadLimit.MAX_REQUEST_BYTES + 1));
        assertFalse(UploadLimit.tooLarge("POST", FORM, UploadLimit.MAX_REQUEST_BYTES));
        assertFalse(UploadLimit.tooLarge("POST", FORM, -1));
        assertFalse(UploadLimit.tooLarge("POST", "application/x-www-form-urlencoded",
                UploadLimit.MAX_REQUEST_BYTES + 1));
        assertFalse(UploadLimit.tooLarge("GET", null, -1));
    }

    @Test
    void theLimitIsTheOneTheFacesServletIsGiven() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(webXml.contains("<max-request-size>" + UploadLimit.MAX_REQUEST_BYTES + "</max-request-size>"));
        assertEquals(1, webXml.split("<max-request-size>", -1).length - 1);
    }
}
