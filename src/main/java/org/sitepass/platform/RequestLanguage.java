package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The language an API request asks for in its {@code Accept-Language}, for resources whose answer is a document in
 * words (a CSV, a report, a batch's row report); Chinese unless another supported language is asked for. One
 * instance for all requests: it reads the request's own header through the container's proxy.
 */
@ApplicationScoped
public class RequestLanguage {

    @Inject
    HttpServletRequest request;

    public Locale locale() {
        return Languages.choose(Collections.list(request.getLocales()));
    }
}
