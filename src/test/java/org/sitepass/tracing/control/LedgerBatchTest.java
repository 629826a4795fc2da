package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.PassVerdict;
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

class LedgerBatchTest {

    private static final PassEntry ENTRY = new PassEntry(Instant.parse("2026-12-04T08:00:00Z"), null, null, 5, null,
            PassSource.SENTRY, 3L, 7L, null, null, null, null, PassVerdict.PASS, null, false);

    private static Pending keyed(long sequence, String payload) {
        return new Pending(ENTRY, CheckKey.of(3, CheckKeyTest.check(sequence, "2026-12-04T08:00:00Z", payload),
                CheckKeyTest.KEYED));
    }

    private static Map<CheckKey.Slot, LedgerBatch.StoredKey> won(Pending... claims) {
        Map<CheckKey.Slot, LedgerBatch.StoredKey> rows = new HashMap<>();
        for (Pending claim : claims) {
            rows.put(claim.key.slot(), new LedgerBatch.StoredKey(claim.record, claim.key.digest()));
        }
        return rows;
    }

    @Test
    void newChecksAndUnkeyedPassesAreStored() {
        Pending check = keyed(7, "HC1.a");
        Pending staff = new Pending(ENTRY, null);
        assertEquals(List.of(check), LedgerBatch.claims(List.of(check, staff)));
        LedgerBatch plan = LedgerBatch.plan(List.of(check, staff), won(check));
        assertEquals(List.of(check, staff), plan.toStore);
        assertEquals(Receipt.stored(check.record), plan.receipts.get(check));
        assertEquals(Receipt.stored(staff.record), plan.receipts.get(staff));
    }

    @Test
    void aCheckStoredBeforeIsARetryOrATakenSequence() {
        Pending retry = keyed(7, "HC1.a");
        Pending reused = keyed(8, "HC1.b");
        PassRecordId before = new PassRecordId(LocalDate.of(2026, 12, 3), 42);
        Map<CheckKey.Slot, LedgerBatch.StoredKey> stored = Map.of(
                new CheckKey.Slot(3, 7), new LedgerBatch.StoredKey(before, retry.key.digest()),
                new CheckKey.Slot(3, 8), new LedgerBatch.StoredKey(before, keyed(8, "HC1.a").key.digest()));
        LedgerBatch plan = LedgerBatch.plan(List.of(retry, reused), stored);
        assertEquals(List.of(), plan.toStore);
        assertEquals(Receipt.already(before), plan.receipts.get(retry), "answered from yesterday's record");
        assertEquals(Receipt.taken(), plan.receipts.get(reused));
    }

    @Test
    void twoOfTheSameKeyInOneBatchAreOneRecord() {
        Pending first = keyed(7, "HC1.a");
        Pending retry = keyed(7, "HC1.a");
        Pending reused = keyed(7, "HC1.b");
        assertEquals(List.of(first), LedgerBatch.claims(List.of(first, retry, reused)));
        LedgerBatch plan = LedgerBatch.plan(List.of(first, retry, reused), won(first));
        assertEquals(List.of(first), plan.toStore);
        assertEquals(Receipt.already(first.record), plan.receipts.get(retry));
        assertSame(Receipt.Kind.SEQUENCE_TAKEN, plan.receipts.get(reused).kind());
    }
}
