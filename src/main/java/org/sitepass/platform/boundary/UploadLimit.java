package org.sitepass.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a page form larger than the Faces servlet's multipart limit (web.xml) before anything parses it: the
 * parser would fail deep inside Faces, and the person would see a server error instead of what to do.
 */
@WebFilter("*.xhtml")
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** As {@code max-request-size} in web.xml. */
    static final long MAX_REQUEST_BYTES = 42_991_616L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooLarge(String method, String contentType, long contentLength) {
        return "POST".equals(method) && contentType != null && contentType.startsWith("multipart/")
                && contentLength > MAX_REQUEST_BYTES;
    }
}
