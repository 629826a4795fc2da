package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.sitepass.platform.ConcurrentChange;
import org.sitepass.platform.Incidents;
import org.sitepass.platform.Languages;
import org.sitepass.platform.NotPermitted;

/** Turns what JAX-RS throws into problem+json; nothing of a stack trace reaches the client. */
final class ApiExceptionMappers {

    private ApiExceptionMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return Languages.choose(headers.getAcceptableLanguages());
    }

    /** A refusal answered as problem+json; 401 and 403 go to the audit trail as the container's own do. */
    abstract static class Refusals {

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uriInfo;

        @Context
        Request request;

        @Inject
        AccessDenials accessDenials;

        Response answer(int status) {
            String path = uriInfo.getRequestUri().getPath();
            if (status == 401 || status == 403) {
                accessDenials.record(request.getMethod(), path, status);
            }
            return Problem.of(status, locale(headers)).instance(path).toResponse();
        }
    }

    /** HTTP errors thrown by resources or by the runtime: 401, 403, 404, 405, 415 and the like. */
    @Provider
    public static class HttpErrors extends Refusals implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException exception) {
            return answer(exception.getResponse().getStatus());
        }
    }

    /** A use case refused for want of a role: the same 403 as the container's, audited the same way. */
    @Provider
    public static class MissingRoles extends Refusals implements ExceptionMapper<NotPermitted> {

        @Override
        public Response toResponse(NotPermitted exception) {
            return answer(403);
        }
    }

    static final String CONCURRENT_CHANGE = "urn:sitepass:problem:concurrent-change";

    /** A {@link ConcurrentChange}: the caller only needs to look again, so it is a 409, not an incident. */
    static Problem concurrentChangeProblem(Locale locale) {
        return Problem.of(409, locale).type(CONCURRENT_CHANGE)
                .detail(Languages.platformText(locale, "problem.concurrent.detail"));
    }

    /** Anything unforeseen: logged with an incident number the caller can quote, answered as 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception exception) {
            return answer(exception, locale(headers));
        }

        static Response answer(Exception exception, Locale locale) {
            if (ConcurrentChange.among(exception)) {
                return concurrentChangeProblem(locale).toResponse();
            }
            String incident = Incidents.log(exception);
            return Problem.of(500, locale)
                    .detail(Languages.platformText(locale, "problem.500.detail") + " " + incident)
                    .toResponse();
        }
    }
}
