package org.sitepass.platform.entity;

import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.Caller;

/** Everything an audit entry states, before the chain gives it an id, a time and a hash. */
public record AuditFacts(String actor, String actorRoles, String action, String objectType, String objectId,
                         String purpose, AuditOutcome outcome, String clientAddress) {

    public static AuditFacts of(Caller caller, String clientAddress, AuditRecord record) {
        return new AuditFacts(caller.name(), String.join(",", caller.roles().stream().sorted().toList()),
                record.action(), record.objectType(), record.objectId(), record.purpose(), record.outcome(),
                clientAddress);
    }
}
