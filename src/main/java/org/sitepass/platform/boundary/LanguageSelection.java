package org.sitepass.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.sitepass.platform.Languages;

/** The language the pages speak for this session: Chinese until the user picks English. */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Languages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    /** For {@code <html lang>}: {@code zh-CN} or {@code en}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return Languages.CHINESE.equals(locale);
    }

    public void switchTo(String tag) {
        locale = Languages.byTag(tag);
    }
}
