package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void asciiNamesAreQuotedAsTheyAre() {
        assertEquals("attachment; filename=\"audit-42.pdf\"",
                Download.attachment("application/pdf", "audit-42.pdf").disposition());
    }

    @Test
    void otherNamesGetAnAsciiFallbackAndTheirUtf8Form() {
        assertEquals("attachment; filename=\"____ 1.pdf\"; "
                + "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%201.pdf",
                Download.attachment("application/pdf", "营业执照 1.pdf").disposition());
        assertEquals("attachment; filename=\"say _hi_ 100_.pdf\"; filename*=UTF-8''say%20_hi_%20100%25.pdf",
                Download.attachment("application/pdf", "say \"hi\" 100%.pdf").disposition());
    }

    @Test
    void namesCannotSplitTheHeaderOrNameAFolder() {
        assertEquals("attachment; filename=\"a__Set-Cookie_ x.pdf\"",
                Download.attachment("application/pdf", "a\r\nSet-Cookie: x.pdf").disposition());
        assertEquals("attachment; filename=\"passwd\"", Download.attachment("text/plain", "../../etc/passwd")
                .disposition());
        assertEquals("attachment; filename=\"download\"", Download.attachment("text/plain", " ").disposition());
    }

    @Test
    void everyDownloadIsNotSniffedAndNotCached() {
        assertEquals(Map.of("Content-Disposition", "inline", "X-Content-Type-Options", "nosniff",
                "Cache-Control", "private, no-store"), Download.inline("image/png").headers());
    }

    @Test
    void aServletResponseGetsTypeAndHeaders() {
        Map<String, String> set = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    } else if (method.getName().equals("setContentType")) {
                        set.put("Content-Type", (String) args[0]);
                    }
                    return null;
                });
        Download.attachment("text/csv;charset=UTF-8", "inspections.csv").applyTo(response);
        assertEquals(Map.of("Content-Type", "text/csv;charset=UTF-8",
                "Content-Disposition", "attachment; filename=\"inspections.csv\"", "X-Content-Type-Options", "nosniff",
                "Cache-Control", "private, no-store"), set);
    }
}
