package org.sitepass.vendors.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.CertificateReinstated;
import org.sitepass.vendors.CertificateWithdrawn;
import org.sitepass.vendors.entity.Certification;

/** What the fleet is told when an officer reinstates a suspended certificate. */
class CertificationsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate LAST_DAY = TODAY.plusDays(1);

    private final Certification certification = new Certification();

    @Test
    void aReinstatementInForceRestartsTheDevices() {
        reinstatedAfterSuspension();
        assertEquals(new CertificateReinstated(CertificateHolder.MODEL, 7, NOW),
                Certifications.afterReinstatement(certification, CertificateHolder.MODEL, 7, LAST_DAY, NOW));
    }

    @Test
    void aReinstatementPastTheDateTellsTheDevicesTheCertificateExpired() {
        reinstatedAfterSuspension();
        assertEquals(new CertificateWithdrawn(CertificateHolder.VENDOR, 3, CertificateWithdrawn.Cause.EXPIRED, NOW),
                Certifications.afterReinstatement(certification, CertificateHolder.VENDOR, 3, LAST_DAY.plusDays(1),
                        NOW));
    }

    private void reinstatedAfterSuspension() {
        certification.submit(NOW);
        certification.certify("officer1", "SH-1", LAST_DAY, TODAY, NOW);
        certification.suspend("officer1", "抽检不合格", NOW);
        certification.reinstate("officer1", "复检合格", NOW);
    }
}
