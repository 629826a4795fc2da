package org.sitepass.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A request refused whole: a body larger than the resource reads (413), a state change the domain's state machine
 * does not allow (409), or a scanned code that is not valid (422). The type tells a client program why; the detail
 * tells the person.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public class RequestRefused extends RuntimeException {

    public static final int CONFLICT = 409;
    public static final int TOO_LARGE = 413;
    public static final int UNPROCESSABLE = 422;
    public static final int TOO_MANY = 429;
    public static final int UNAVAILABLE = 503;

    private final int status;
    private final String type;
    private final transient ModuleText detail;
    private final Duration retryAfter;

    public RequestRefused(int status, String type, ModuleText detail) {
        this(status, type, detail, null);
    }

    private RequestRefused(int status, String type, ModuleText detail, Duration retryAfter) {
        super(type);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /**
     * Refused for now, answered at once rather than after a wait the caller would give up on: it may try again after
     * {@code retryAfter} (told in {@code Retry-After}) or do without ({@code urn:sitepass:problem:decide-offline} for
     * {@code "decide-offline"}).
     */
    public static RequestRefused unavailable(String subject, ModuleText detail, Duration retryAfter) {
        return new RequestRefused(UNAVAILABLE, "urn:sitepass:problem:" + subject, detail, retryAfter);
    }

    /**
     * A change the state of the record does not allow, typed by what was in the way
     * ({@code urn:sitepass:problem:device-state} for {@code "device"}).
     */
    public static RequestRefused conflict(String subject, ModuleText detail) {
        return new RequestRefused(CONFLICT, "urn:sitepass:problem:" + subject + "-state", detail);
    }

    /**
     * Attempts over a limit, such as a day's checks of who someone is, typed by what was attempted
     * ({@code urn:sitepass:problem:binding-attempts} for {@code "binding"}).
     */
    public static RequestRefused tooMany(String subject, ModuleText detail) {
        return new RequestRefused(TOO_MANY, "urn:sitepass:problem:" + subject + "-attempts", detail);
    }

    /**
     * Throws the refusal unless the change is allowed; the refusal, and so its text, is made only when it is thrown.
     */
    public static void unless(boolean allowed, Supplier<RequestRefused> refusal) {
        if (!allowed) {
            throw refusal.get();
        }
    }

    /** A body over its limit ({@link BodyLimit}, or the default), told in whole megabytes or kilobytes. */
    public static RequestRefused tooLarge(long limitBytes) {
        long megabyte = 1024 * 1024;
        String size = limitBytes % megabyte == 0 ? limitBytes / megabyte + " MB" : limitBytes / 1024 + " KB";
        return new RequestRefused(TOO_LARGE, "urn:sitepass:problem:body-too-large",
                new ModuleText(Languages.PLATFORM_BUNDLE, "problem.413.detail", size));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public ModuleText detail() {
        return detail;
    }

    /** When the caller may try again, for a refusal that holds only for now. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
