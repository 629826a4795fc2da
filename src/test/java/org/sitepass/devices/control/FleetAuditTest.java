package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/** What the audit trail shows of the changes the fleet makes by itself. */
class FleetAuditTest {

    private final List<AuditRecord> trail = new ArrayList<>();
    private final FleetAudit audit = new FleetAudit();

    FleetAuditTest() {
        audit.auditTrail = new AuditTrail() {
            @Override
            public void recordBySystem(AuditRecord record) {
                trail.add(record);
            }
        };
    }

    @Test
    void aFactHandledIsRecordedWithHowManyItChangedEvenNone() {
        assertEquals(2, audit.record("DEVICES_STOPPED", "vendor", 3, "CertificateWithdrawn SUSPENDED", 2));
        audit.record("DEVICE_DEPLOYMENTS_SUSPENDED", "venue", 9, "SiteCodeSuspended", 0);
        assertEquals(List.of(
                AuditRecord.success("DEVICES_STOPPED", "vendor", "3").because("CertificateWithdrawn SUSPENDED: 2"),
                AuditRecord.success("DEVICE_DEPLOYMENTS_SUSPENDED", "venue", "9").because("SiteCodeSuspended: 0")),
                trail);
    }

    @Test
    void aReconciliationIsRecordedOnlyWhenItRepairedSomething() {
        audit.record("DEVICES_RESTARTED", "device_model", 4, FleetAudit.RECONCILIATION, 0);
        assertEquals(List.of(), trail);
        audit.record("DEVICES_RESTARTED", "device_model", 4, FleetAudit.RECONCILIATION, 1);
        assertEquals(List.of(AuditRecord.success("DEVICES_RESTARTED", "device_model", "4")
                .because("FleetReconciliation: 1")), trail);
    }
}
