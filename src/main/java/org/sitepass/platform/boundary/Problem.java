package org.sitepass.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitepass.platform.Languages;

/**
 * An RFC 9457 problem document. Titles come from the platform bundle in the caller's language; a problem
 * never carries a stack trace or a personal identifier.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String VALIDATION_TYPE = "urn:sitepass:problem:validation";

    private final int status;
    private final Locale locale;
    private String type = "about:blank";
    private String titleKey;
    private String detail;
    private String instance;
    private final List<FieldError> errors = new ArrayList<>();

    public record FieldError(String field, String message) {
    }

    private Problem(int status, Locale locale) {
        this.status = status;
        this.locale = locale;
        this.titleKey = "problem." + status + ".title";
    }

    public static Problem of(int status, Locale locale) {
        return new Problem(status, locale);
    }

    public static Problem validation(Locale locale, List<FieldError> errors) {
        Problem problem = new Problem(400, locale);
        problem.type = VALIDATION_TYPE;
        problem.titleKey = "problem.validation.title";
        problem.detail = Languages.platformText(locale, "problem.validation.detail");
        problem.errors.addAll(errors);
        return problem;
    }

    /** A URI naming the kind of problem, for client programs; titles and details are for people. */
    public Problem type(String uri) {
        this.type = uri;
        return this;
    }

    public Problem detail(String text) {
        this.detail = text;
        return this;
    }

    public Problem instance(String path) {
        this.instance = path;
        return this;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title())
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            json.add("errors", list);
        }
        return json.build();
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", locale.toLanguageTag())
                .entity(toJson().toString())
                .build();
    }

    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.getOutputStream().write(toJson().toString().getBytes(StandardCharsets.UTF_8));
    }

    private String title() {
        String title = Languages.platformText(locale, titleKey);
        return title.equals(titleKey) ? Languages.platformText(locale, "problem.other.title") : title;
    }
}
