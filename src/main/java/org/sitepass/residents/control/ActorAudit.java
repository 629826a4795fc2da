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
 * request has committed, and the entries still name the tracer, not the system. Within the actor's own request the
 * entry carries their roles and address as every other entry does.
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
        if (caller != null && caller.name().equals(actor)) {
            auditTrail.record(caller, currentCaller.clientAddress(), record);
        } else {
            auditTrail.record(new Caller(actor, Set.of(), null), NO_ADDRESS, record);
        }
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
