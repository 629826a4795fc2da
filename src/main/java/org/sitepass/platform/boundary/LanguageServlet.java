package org.sitepass.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sitepass.platform.Languages;

/**
 * The language switch: a plain link (works without script and from the keyboard) that stores the choice in a
 * cookie for a year and returns to the page it came from, which must be a page of this application.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final int A_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = Languages.byTag(request.getParameter("to")).toLanguageTag();
        response.addHeader("Set-Cookie", LanguageSelection.COOKIE + "=" + tag + "; Path=" + request.getContextPath()
                + "/; Max-Age=" + A_YEAR + "; SameSite=Lax" + (request.isSecure() ? "; Secure" : ""));
        response.sendRedirect(safeReturn(request.getContextPath(), request.getParameter("back")));
    }

    /**
     * {@code back} if it is a path of this application, else the home page. Browsers drop tabs and line breaks from
     * a location and read a backslash as a slash, so {@code /\tevil.example} would leave the site: no control
     * character, space or backslash passes, nor a second leading slash.
     */
    static String safeReturn(String contextPath, String back) {
        String home = contextPath + "/";
        if (back == null || !back.startsWith(home) || back.startsWith("//")
                || back.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '\\')) {
            return home;
        }
        return back;
    }
}
