package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sitepass.platform.control.AuditLedger;
import org.sitepass.platform.control.AuditQuery;
import org.sitepass.platform.entity.AuditFacts;

/**
 * Where every module records decisions and reads of personal data. The entry joins the caller's
 * transaction; who and from where come from the current request.
 */
@ApplicationScoped
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";
    static final String NO_ADDRESS = "-";

    @Inject
    AuditLedger ledger;

    @Inject
    CurrentCaller currentCaller;

    public void record(AuditRecord record) {
        Caller caller;
        String address;
        try {
            caller = currentCaller.get();
            address = currentCaller.clientAddress();
        } catch (ContextNotActiveException outsideRequest) {
            recordBySystem(record);
            return;
        }
        record(caller, address, record);
    }

    /**
     * What the application did by itself, such as reacting to another module's fact: the system's even when the
     * fact was fired during someone's request.
     */
    public void recordBySystem(AuditRecord record) {
        record(new Caller(SYSTEM_ACTOR, Set.of(), null), NO_ADDRESS, record);
    }

    public void record(Caller caller, String clientAddress, AuditRecord record) {
        ledger.append(AuditFacts.of(caller, clientAddress, record));
    }

    /**
     * The entries about one object by anyone but {@code exceptActor} (the person themselves), newest first: what a
     * module shows the person its object is, such as the officials' reads of a resident's data.
     */
    public List<AuditedAction> about(String objectType, String objectId, String exceptActor, int first, int size) {
        return ledger.about(objectType, objectId, exceptActor, first, size).stream()
                .map(e -> new AuditedAction(e.getOccurredAt(), e.getActor(), e.getActorRoles(), e.getAction(),
                        e.getPurpose(), e.getOutcome()))
                .toList();
    }

    public long countAbout(String objectType, String objectId, String exceptActor) {
        return ledger.countAbout(objectType, objectId, exceptActor);
    }

    /**
     * How many entries one actor recorded with one action since a moment: what a module counts a daily limit of
     * refused attempts by, where the attempts leave no row of their own.
     */
    public long countBy(String actor, String action, Instant since) {
        return ledger.count(new AuditQuery(actor, action, null, since, null, 0, 0));
    }
}
