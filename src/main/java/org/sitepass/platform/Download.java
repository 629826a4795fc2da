package org.sitepass.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file SitePass hands out, with the headers every file gets, whether a servlet or a JAX-RS resource sends it:
 * its type as sniffing may not change it ({@code nosniff}, so an uploaded "PNG" holding HTML is never run as a
 * page), kept out of every cache (all of them hold someone's data), and its name in RFC 6266 form: an ASCII
 * fallback for old clients and the exact name in UTF-8 ({@code filename*}), which Chinese names need.
 */
public record Download(String contentType, String disposition) {

    /** RFC 5987 attr-char: what a {@code filename*} value carries unescaped. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    /** A file the browser saves under the given name (cleaned of anything a header must not carry). */
    public static Download attachment(String contentType, String fileName) {
        String name = FileNames.kept(fileName, "download");
        String fallback = asciiFallback(name);
        return new Download(contentType, "attachment; filename=\"" + fallback + "\""
                + (fallback.equals(name) ? "" : "; filename*=UTF-8''" + percentEncoded(name)));
    }

    /** A file a page shows in place, such as a photo in an {@code img}. */
    public static Download inline(String contentType) {
        return new Download(contentType, "inline");
    }

    /** The headers besides the content type, which servlets and JAX-RS each set their own way. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", disposition);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "private, no-store");
        return headers;
    }

    /** For a servlet: sets the headers before the body is written. */
    public void applyTo(HttpServletResponse response) {
        response.setContentType(contentType);
        headers().forEach(response::setHeader);
    }

    /** For a JAX-RS resource: a 200 with the body (bytes or a {@code StreamingOutput}) and the headers. */
    public Response response(Object body) {
        Response.ResponseBuilder ok = Response.ok(body, contentType);
        headers().forEach(ok::header);
        return ok.build();
    }

    /** Printable ASCII without the quote and backslash a quoted string would need escaped, nor %. */
    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
