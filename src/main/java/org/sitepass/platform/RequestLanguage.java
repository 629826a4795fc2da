package org.sitepass.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The language an API request asks for in its {@code Accept-Language}, for resources whose answer is a document in
 * words (a CSV, a report, a batch's row report); Chinese unless another supported language is asked for.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServletRequest request;

    public Locale locale() {
        return Languages.choose(Collections.list(request.getLocales()));
    }
}
