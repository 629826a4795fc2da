package org.sitepass.platform;

import java.time.Instant;

/**
 * One entry of the audit trail about an object, as the person it concerns may read it: who did what, when and why
 * (a resident's "My data" lists every official's read of their data this way).
 *
 * @param actorRoles the actor's roles when it happened, comma-separated
 */
public record AuditedAction(Instant occurredAt, String actor, String actorRoles, String action, String purpose,
                            AuditOutcome outcome) {
}
