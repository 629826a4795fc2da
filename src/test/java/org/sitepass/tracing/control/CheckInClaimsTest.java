package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;
import org.sitepass.residents.Colour;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentRef;
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

/** Two scans at the same moment: the row lock lets one record the visit, whatever the driver counts. */
class CheckInClaimsTest {

    private static final ResidentRef ME = new ResidentRef("AAAAAAAAAAAAAAAAAAAAAA");
    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant SINCE = NOW.minusSeconds(300);

    @Test
    void theFirstCheckInAtAVenueInsertsItsRowAndRecords() throws Exception {
        FakeJdbc db = new FakeJdbc().counts("INSERT IGNORE", 1);
        assertTrue(CheckInClaims.claim(db.connection(), ME, 5, NOW, SINCE));
        assertEquals(List.of(), db.ran("UPDATE"), "nothing to move on");
    }

    @Test
    void aScanPastTheWindowMovesTheRowOnAndRecords() throws Exception {
        FakeJdbc db = new FakeJdbc().counts("INSERT IGNORE", 0).counts("UPDATE", 1);
        assertTrue(CheckInClaims.claim(db.connection(), ME, 5, NOW, SINCE));
        assertEquals(List.of(CheckInClaims.MOVE_ON), db.ran("UPDATE"));
    }

    @Test
    void aScanWithinTheWindowMovesNothingAndRepeats() throws Exception {
        FakeJdbc db = new FakeJdbc().counts("INSERT IGNORE", 0).counts("UPDATE", 0);
        assertFalse(CheckInClaims.claim(db.connection(), ME, 5, NOW, SINCE));
    }

    @Test
    void aCheckInHoldsNoTransactionWhileTheLedgerWrites() throws Exception {
        assertNull(CheckIns.class.getAnnotation(Transactional.class));
        assertNull(CheckIns.class.getMethod("checkIn", Caller.class, String.class)
                .getAnnotation(Transactional.class));
    }

    @Test
    void theVisitJustRecordedIsBuiltFromWhatWasWritten() {
        PassEntry entry = new PassEntry(NOW, null, null, 5, null, PassSource.CHECK_IN, null, null, null, ME,
                CredentialType.HEALTH_CODE, (BigDecimal) null, PassVerdict.stop(PassReason.values()[0]),
                Colour.values()[0], false);
        VisitView visit = VisitView.of(entry, new PassRecordId(LocalDate.of(2026, 12, 4), 42), "Library");
        assertEquals(new VisitView("42", LocalDate.of(2026, 12, 4), 5, "Library", NOW, PassSource.CHECK_IN,
                PassOutcome.STOP, List.of(PassReason.values()[0]), Colour.values()[0]), visit);
    }
}
