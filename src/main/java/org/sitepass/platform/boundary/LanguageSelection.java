package org.sitepass.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.sitepass.platform.Languages;

/**
 * The language the pages speak: Chinese until the person picks English. The choice lives in the browser's
 * {@value #COOKIE} cookie, not in a session, so that anonymous pages keep no state on the server.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    static final String COOKIE = "sitepass-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen(request.getCookies());
        }
        return locale;
    }

    /** For {@code <html lang>}: {@code zh-CN} or {@code en}. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return Languages.CHINESE.equals(getLocale());
    }

    static Locale chosen(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Languages.byTag(cookie.getValue());
                }
            }
        }
        return Languages.CHINESE;
    }
}
