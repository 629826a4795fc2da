package org.sitepass.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.sitepass.platform.boundary.LanguageSelection;

/** The language a person chose for the pages, for module servlets that answer outside Faces (downloads). */
@RequestScoped
public class PageLanguage {

    @Inject
    LanguageSelection selection;

    public Locale locale() {
        return selection.getLocale();
    }
}
