package org.sitepass.tracing.control;

/** No case has the id a request names: answered 404, like any unknown resource, and saying nothing more. */
public class UnknownCase extends RuntimeException {

    public UnknownCase(long id) {
        super("no case " + id);
    }
}
