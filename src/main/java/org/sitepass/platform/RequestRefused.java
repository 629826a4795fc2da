package org.sitepass.platform;

/**
 * A well-formed request the domain refuses: a state change its state machine does not allow (409), or a scanned
 * code that is not valid (422). The type tells a client program why; the detail tells the person.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>
 */
public class RequestRefused extends RuntimeException {

    public static final int CONFLICT = 409;
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final String type;
    private final transient ModuleText detail;

    public RequestRefused(int status, String type, ModuleText detail) {
        super(type);
        this.status = status;
        this.type = type;
        this.detail = detail;
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
}
