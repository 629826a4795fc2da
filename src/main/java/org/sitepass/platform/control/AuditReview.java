package org.sitepass.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.entity.AuditCheckpoint;
import org.sitepass.platform.entity.AuditEntry;

/** What auditors do with the trail. Their reads are audited too: nobody reads personal data unseen. */
@ApplicationScoped
public class AuditReview {

    static final String OBJECT_TYPE = "audit_trail";
    static final String OBJECT_ID = "platform_audit_entry";

    @Inject
    AuditLedger ledger;

    @Inject
    AuditTrail auditTrail;

    public List<AuditEntry> read(AuditQuery query) {
        auditTrail.record(AuditRecord.success("AUDIT_TRAIL_READ", OBJECT_TYPE, OBJECT_ID));
        return ledger.search(query);
    }

    public long count(AuditQuery query) {
        return ledger.count(query);
    }

    /** Every signed checkpoint, for an auditor to keep outside the database. */
    public List<AuditCheckpoint> exportCheckpoints() {
        auditTrail.record(AuditRecord.success("AUDIT_CHECKPOINTS_EXPORTED", OBJECT_TYPE, OBJECT_ID));
        return ledger.checkpoints();
    }

    public AuditVerification verify() {
        AuditVerification verification = ledger.verify();
        auditTrail.record(AuditRecord.success("AUDIT_TRAIL_VERIFIED", OBJECT_TYPE, OBJECT_ID)
                .because(verification.intact() ? "intact" : "broken at " + verification.firstBrokenId()));
        return verification;
    }
}
