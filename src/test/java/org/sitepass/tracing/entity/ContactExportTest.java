package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** Four eyes on an export of identities: a second tracer approves, the one who asked downloads, once and soon. */
class ContactExportTest {

    private static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");
    private static final Duration VALIDITY = Duration.ofMinutes(30);

    private final ContactExport export = ContactExport.request(7, ExportFormat.XLSX, "交隔离转运组", "tracer1", T0);

    @Test
    void aSecondTracerApprovesAndTheRequesterDownloadsOnce() {
        assertEquals(ExportStatus.REQUESTED, export.getStatus());
        export.approve("tracer2", T0.plusSeconds(60));
        assertEquals(ExportStatus.APPROVED, export.getStatus());
        assertEquals("tracer2", export.getApprovedBy());
        export.download("tracer1", T0.plusSeconds(120), VALIDITY);
        assertEquals(ExportStatus.DOWNLOADED, export.getStatus());
        assertEquals(T0.plusSeconds(120), export.getDownloadedAt());
        assertRefused(() -> export.download("tracer1", T0.plusSeconds(130), VALIDITY),
                "tracing.export.refused.downloaded");
    }

    @Test
    void theRequesterCannotApproveTheirOwnExport() {
        assertRefused(() -> export.approve("tracer1", T0), "tracing.export.refused.ownRequest");
        assertEquals(ExportStatus.REQUESTED, export.getStatus());
    }

    @Test
    void anExportIsApprovedOnce() {
        export.approve("tracer2", T0);
        assertRefused(() -> export.approve("tracer3", T0), "tracing.export.refused.notRequested");
        assertEquals("tracer2", export.getApprovedBy());
    }

    @Test
    void nothingIsDownloadedBeforeTheApproval() {
        assertRefused(() -> export.download("tracer1", T0, VALIDITY), "tracing.export.refused.notApproved");
    }

    @Test
    void onlyTheRequesterDownloadsNotEvenTheApprover() {
        export.approve("tracer2", T0);
        assertRefused(() -> export.download("tracer2", T0, VALIDITY), "tracing.export.refused.notRequester");
        assertEquals(ExportStatus.APPROVED, export.getStatus());
    }

    @Test
    void anApprovedExportLapsesAfterItsValidity() {
        export.approve("tracer2", T0);
        assertFalse(export.isExpired(T0.plus(VALIDITY).minusMillis(1), VALIDITY));
        assertTrue(export.isExpired(T0.plus(VALIDITY), VALIDITY));
        assertRefused(() -> export.download("tracer1", T0.plus(VALIDITY), VALIDITY),
                "tracing.export.refused.expired");
        assertEquals(ExportStatus.APPROVED, export.getStatus());
    }

    @Test
    void aRequestNotYetApprovedNeverLapses() {
        assertFalse(export.isExpired(T0.plus(Duration.ofDays(30)), VALIDITY));
    }

    private static void assertRefused(Runnable step, String key) {
        RequestRefused refused = assertThrows(RequestRefused.class, step::run);
        assertEquals("urn:sitepass:problem:export-state", refused.type());
        assertEquals(key, refused.detail().key());
    }
}
