package org.sitepass.vendors.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** The life of a vendor's or a model's certificate. */
class CertificationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate NEXT_YEAR = TODAY.plusYears(1);

    private final Certification certification = new Certification();

    @Test
    void submittedCertifiedAndInForceUntilItsLastDay() {
        certification.submit(NOW);
        certification.certify("officer1", "SH-SENTRY-2026-001", NEXT_YEAR, TODAY, NOW);
        assertEquals(CertificationStatus.CERTIFIED, certification.getStatus());
        assertTrue(certification.isInForce(NEXT_YEAR));
        assertFalse(certification.isInForce(NEXT_YEAR.plusDays(1)));
        assertEquals(CertificationStanding.EXPIRED, certification.standing(NEXT_YEAR.plusDays(1)));
        assertEquals(CertificationStanding.CERTIFIED, certification.standing(TODAY));
    }

    @Test
    void eachStatusAllowsItsNextActionsOnly() {
        assertEquals(EnumSet.of(CertificationAction.SUBMIT), certification.allowedActions());
        certification.submit(NOW);
        assertEquals(EnumSet.of(CertificationAction.CERTIFY, CertificationAction.REJECT),
                certification.allowedActions());
        certification.certify("officer1", "SH-1", NEXT_YEAR, TODAY, NOW);
        assertEquals(EnumSet.of(CertificationAction.SUSPEND, CertificationAction.REVOKE),
                certification.allowedActions());
        certification.suspend("officer1", "抽检不合格", NOW);
        assertEquals(EnumSet.of(CertificationAction.REINSTATE, CertificationAction.REVOKE),
                certification.allowedActions());
        assertThrows(RequestRefused.class, () -> certification.suspend("officer1", "再次暂停", NOW));
        certification.revoke("officer1", "吊销", NOW);
        assertTrue(certification.allowedActions().isEmpty());
        assertThrows(RequestRefused.class, () -> certification.reinstate("officer1", "恢复", NOW));
    }

    @Test
    void aRejectionIsCorrectedAndSubmittedAgain() {
        certification.submit(NOW);
        certification.reject("officer1", "营业执照已过期", NOW);
        assertTrue(certification.isEditable());
        assertEquals("营业执照已过期", certification.getDecisionReason());
        certification.submit(NOW);
        assertEquals(CertificationStatus.SUBMITTED, certification.getStatus());
    }

    @Test
    void nothingIsDecidedBeforeSubmissionOrTwice() {
        assertThrows(RequestRefused.class,
                () -> certification.certify("officer1", "SH-1", NEXT_YEAR, TODAY, NOW));
        certification.submit(NOW);
        assertThrows(RequestRefused.class, () -> certification.submit(NOW));
        certification.certify("officer1", "SH-1", NEXT_YEAR, TODAY, NOW);
        assertThrows(RequestRefused.class, () -> certification.reject("officer1", "太晚了", NOW));
        assertThrows(RequestRefused.class, certification::refuseIfNotEditable);
    }

    @Test
    void aCertificateMustRunPastToday() {
        certification.submit(NOW);
        assertThrows(RequestRefused.class, () -> certification.certify("officer1", "SH-1", TODAY, TODAY, NOW));
        assertEquals(CertificationStatus.SUBMITTED, certification.getStatus());
    }

    @Test
    void suspendedIsNotInForceUntilReinstatedAndRevokedIsFinal() {
        certification.submit(NOW);
        certification.certify("officer1", "SH-1", NEXT_YEAR, TODAY, NOW);
        certification.suspend("officer1", "检测不合格", NOW);
        assertFalse(certification.isInForce(TODAY));
        certification.reinstate("officer1", "复检合格", NOW);
        assertTrue(certification.isInForce(TODAY));
        certification.revoke("officer1", "伪造资质", NOW);
        assertFalse(certification.isInForce(TODAY));
        assertThrows(RequestRefused.class, () -> certification.reinstate("officer1", "误操作", NOW));
        assertThrows(RequestRefused.class, () -> certification.submit(NOW));
    }

    @Test
    void aVendorOutOfForceRegistersNothing() {
        Vendor vendor = new Vendor("vendor1", NOW);
        assertThrows(RequestRefused.class, () -> vendor.requireInForce(TODAY));
        vendor.getCertification().submit(NOW);
        vendor.getCertification().certify("officer1", "SH-1", NEXT_YEAR, TODAY, NOW);
        vendor.requireInForce(TODAY);
        assertThrows(RequestRefused.class, () -> vendor.requireInForce(NEXT_YEAR.plusDays(1)));
    }
}
