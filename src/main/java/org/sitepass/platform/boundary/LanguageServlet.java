package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: a plain link (works without script and from the keyboard) that stores the choice and
 * returns to the page it came from, which must be a page of this application.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        language.switchTo(request.getParameter("to"));
        response.sendRedirect(safeReturn(request.getContextPath(), request.getParameter("back")));
    }

    static String safeReturn(String contextPath, String back) {
        String home = contextPath + "/";
        if (back == null || !back.startsWith(home) || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return home;
        }
        return back;
    }
}
