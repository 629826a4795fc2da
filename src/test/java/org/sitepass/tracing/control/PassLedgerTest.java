package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.PassVerdict;
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

class PassLedgerTest {

    private static final PassEntry CHECK = new PassEntry(Instant.parse("2026-12-04T08:00:00Z"), null, null, 5, null,
            PassSource.SENTRY, 3L, 7L, null, null, null, null, PassVerdict.PASS, null, false);
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

    private static Pending keyed(long sequence, String payload) {
        return new Pending(CHECK, CheckKey.of(3, CheckKeyTest.check(sequence, "2026-12-04T08:00:00Z", payload),
                CheckKeyTest.KEYED));
    }

    private static PassLedger ledgerOn(KeyRowsDatabase database) {
        PassLedger ledger = new PassLedger();
        ledger.dataSource = database.dataSource();
        return ledger;
    }

    /** Both instances read "no key" and both write it; the one that comes second answers from the first's row. */
    @Test
    void anotherInstancesKeyAnswersItsChecksAndTheRestOfTheBatchIsStored() {
        KeyRowsDatabase database = new KeyRowsDatabase();
        Pending fresh = keyed(9, "HC1.c");
        Pending retry = keyed(8, "HC1.a");
        Pending reused = keyed(7, "HC1.b");
        Pending staff = new Pending(ENTRY, null);
        PassRecordId rivals = new PassRecordId(LocalDate.of(2026, 12, 4), 42);
        database.rivalCommitted(keyed(8, "HC1.a").key, rivals);
        database.rivalCommitted(keyed(7, "HC1.a").key, new PassRecordId(LocalDate.of(2026, 12, 4), 43));

        ledgerOn(database).write(List.of(fresh, retry, reused, staff));

        assertTrue(database.committedOnce);
        assertEquals(Receipt.stored(fresh.record), fresh.receipt.join());
        assertEquals(Receipt.already(rivals), retry.receipt.join());
        assertEquals(Receipt.taken(), reused.receipt.join());
        assertEquals(Receipt.stored(staff.record), staff.receipt.join());
        assertEquals(List.of(fresh.record, staff.record), database.recordsWritten, "records of the keys won only");
    }

    @Test
    void keyRowsAreWrittenInTheOrderOfTheirPrimaryKey() {
        KeyRowsDatabase database = new KeyRowsDatabase();
        ledgerOn(database).write(List.of(keyed(9, "HC1.c"), keyed(2, "HC1.a"), keyed(5, "HC1.b"), keyed(2, "HC1.a")));
        assertEquals(List.of(new CheckKey.Slot(3, 2), new CheckKey.Slot(3, 5), new CheckKey.Slot(3, 9)),
                database.keysWritten, "two writers of the same keys wait on each other instead of deadlocking");
    }

    @Test
    void aBatchThatFailsTellsItsDoorsToDecideOffline() {
        KeyRowsDatabase database = new KeyRowsDatabase();
        database.failOnCommit = new SQLException("Lock wait timeout exceeded");
        Pending live = keyed(7, "HC1.a");
        Pending uploaded = keyed(8, "HC1.b");
        ledgerOn(database).write(List.of(live, uploaded));
        assertDecideOffline(assertThrows(RequestRefused.class, () -> PassLedger.await(live)));
        assertDecideOffline(assertThrows(RequestRefused.class, () -> PassLedger.awaitTaken(uploaded)));
    }

    private static void assertDecideOffline(RequestRefused refused) {
        assertEquals(503, refused.status());
        assertEquals("urn:sitepass:problem:decide-offline", refused.type());
    }

    @Test
    void anUploadIsRefusedWhenItWouldTakeMoreThanHalfOfTheQueue() {
        PassLedger ledger = new PassLedger();
        for (int i = 1; i < PassLedger.MOST_WAITING / 2; i++) {
            ledger.waiting.add(new Pending(ENTRY, null));
        }
        Pending check = keyed(7, "HC1.a");
        assertDecideOffline(assertThrows(RequestRefused.class,
                () -> ledger.appendAll(List.of(CHECK, CHECK), List.of(check.key, keyed(8, "HC1.b").key))));
        assertEquals(PassLedger.MOST_WAITING / 2 - 1, ledger.waiting.size(), "the rest stays free for live checks");
    }

    /** SQL errors quote the values written: who passed where. */
    @Test
    void aFailedBatchIsLoggedWithoutTheDriversMessage() {
        KeyRowsDatabase database = new KeyRowsDatabase();
        database.failOnCommit = new SQLException("Data too long for column 'entrance' at row 1: '310101199001011234'");
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            ledgerOn(database).write(List.of(keyed(7, "HC1.a")));
        } finally {
            root.removeHandler(handler);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("java.sql.SQLException")), logged.toString());
        assertFalse(logged.stream().anyMatch(line -> line.contains("310101199001011234")), logged.toString());
    }

    @Test
    void aStoppedLedgerWaitsForItsWriterAndTakesNothingMore() {
        PassLedger ledger = new PassLedger();
        List<Thread> started = new ArrayList<>();
        ledger.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                Thread thread = new Thread(work);
                started.add(thread);
                return thread;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        ledger.start();
        ledger.stop();
        assertFalse(started.get(0).isAlive(), "the writer has ended when the ledger is stopped");
        assertDecideOffline(assertThrows(RequestRefused.class, () -> ledger.append(ENTRY)));
        assertDecideOffline(assertThrows(RequestRefused.class,
                () -> ledger.appendAll(List.of(CHECK), List.of(keyed(7, "HC1.a").key))));
        assertTrue(ledger.waiting.isEmpty(), "nothing is queued for a writer that is gone");
    }
}
