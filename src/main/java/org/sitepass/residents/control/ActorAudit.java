package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Set;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;

/**
 * Audit entries in the name of the account another module says acts: tracing notifies thousands of people after its
 * request has committed, and the entries still name the tracer, not the system. Within a request the entry is always
 * the request's caller's, with their roles and address as every other entry; an actor other than the caller is
 * refused there, so that no request writes an entry in someone else's name.
 */
@ApplicationScoped
public class ActorAudit {

    static final String NO_ADDRESS = "-";

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    public void record(String actor, AuditRecord record) {
        Caller caller = requestCaller();
        if (caller == null) {
            auditTrail.record(new Caller(actor, Set.of(), null), NO_ADDRESS, record);
            return;
        }
        if (!caller.name().equals(actor)) {
            throw new IllegalStateException("a request acts in its caller's name only");
        }
        auditTrail.record(caller, currentCaller.clientAddress(), record);
    }

    private Caller requestCaller() {
        try {
            return currentCaller.get();
        } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
            // the container's executor runs the work after the request, with no request of its own to name
            return null;
        }
    }
}
