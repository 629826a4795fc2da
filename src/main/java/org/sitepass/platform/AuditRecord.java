package org.sitepass.platform;

import java.util.Objects;

/**
 * What a module tells the audit trail: the action, the object it concerned and why. Who and from where
 * are added by {@link AuditTrail} from the current request.
 *
 * @param action     upper-case verb phrase, e.g. {@code SITE_CODE_APPROVED}, {@code PERSON_LOOKED_UP}
 * @param objectType snake_case noun of the object, e.g. {@code site_code}
 * @param objectId   the object's id; never a personal identifier in clear
 * @param purpose    why it was done (a tracing case number, a review reason); "-" when none applies
 * @param outcome    how it ended
 */
public record AuditRecord(String action, String objectType, String objectId, String purpose, AuditOutcome outcome) {

    public static final String NO_PURPOSE = "-";

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(outcome, "outcome");
        purpose = purpose == null || purpose.isBlank() ? NO_PURPOSE : purpose;
    }

    public static AuditRecord success(String action, String objectType, String objectId) {
        return new AuditRecord(action, objectType, objectId, NO_PURPOSE, AuditOutcome.SUCCESS);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(action, objectType, objectId, why, outcome);
    }
}
