package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.PassVerdict;
import org.sitepass.tracing.entity.PassSource;

class PassLedgerTest {

    private static final PassEntry ENTRY = new PassEntry(Instant.parse("2026-12-04T08:00:00Z"), null, null, 5, null,
            PassSource.STAFF, null, null, "staff1", null, null, null, PassVerdict.PASS, null, false);

    /** No writer runs: the request waits its second, then tells the door to decide for itself. */
    @Test
    void aWriterTooFarBehindIsAnsweredFastWithDecideOffline() {
        PassLedger ledger = new PassLedger();
        RequestRefused refused = assertThrows(RequestRefused.class, () -> ledger.append(ENTRY));
        assertEquals(503, refused.status());
        assertEquals("urn:sitepass:problem:decide-offline", refused.type());
        assertEquals(PassLedger.RETRY_AFTER, refused.retryAfter().orElseThrow());
    }

    @Test
    void anEntryItsRequestGaveUpOnIsNeverWritten() {
        Pending pending = new Pending(ENTRY, null);
        assertTrue(pending.abandon());
        assertFalse(pending.take(), "the writer skips it");
        Pending taken = new Pending(ENTRY, null);
        assertTrue(taken.take());
        assertFalse(taken.abandon(), "its request waits for the batch instead");
    }
}
