package org.sitepass.platform.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Languages;
import org.sitepass.platform.RequestRefused;

/** What modules refuse, and bodies that cannot be read, as problem+json in the caller's language. */
final class DomainProblems {

    static final String UNREADABLE_TYPE = "urn:sitepass:problem:unreadable-body";

    private DomainProblems() {
    }

    /** Module rules on fields: the same 400 shape as Bean Validation failures. */
    @Provider
    public static class InvalidInputs implements ExceptionMapper<InvalidInput> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInput exception) {
            Locale locale = ApiExceptionMappers.locale(headers);
            return Problem.validation(locale, exception.problems().stream()
                            .map(p -> new Problem.FieldError(p.field(), p.text().in(locale)))
                            .sorted(Comparator.comparing(Problem.FieldError::field))
                            .toList())
                    .toResponse();
        }
    }

    @Provider
    public static class Refusals implements ExceptionMapper<RequestRefused> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RequestRefused exception) {
            Locale locale = ApiExceptionMappers.locale(headers);
            Response problem = Problem.of(exception.status(), locale)
                    .type(exception.type())
                    .detail(exception.detail().in(locale))
                    .toResponse();
            return exception.retryAfter()
                    .map(after -> Response.fromResponse(problem).header("Retry-After", after.toSeconds()).build())
                    .orElse(problem);
        }
    }

    /**
     * A JSON body that is not JSON, or has a wrong type in it (text where a number belongs), is the client's mistake,
     * not ours; the runtime wraps the parser's complaint in a processing failure. Any other processing failure is
     * ours and answered as such.
     */
    @Provider
    public static class UnreadableBodies implements ExceptionMapper<ProcessingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException exception) {
            Locale locale = ApiExceptionMappers.locale(headers);
            if (!causedByJson(exception)) {
                return ApiExceptionMappers.Unexpected.answer(exception, locale);
            }
            return Problem.of(400, locale)
                    .type(UNREADABLE_TYPE)
                    .detail(Languages.platformText(locale, "problem.body.unreadable"))
                    .toResponse();
        }

        static boolean causedByJson(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof JsonException) {
                    return true;
                }
            }
            return false;
        }
    }
}
