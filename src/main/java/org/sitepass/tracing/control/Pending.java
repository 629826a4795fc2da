package org.sitepass.tracing.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * An entry waiting for the writer, with the future its request waits on. Either the writer takes it into a batch or
 * its request gives up waiting first, never both: a request answered "decide offline" is not stored behind its back
 * (had the writer taken it, the request waits for the batch instead).
 */
final class Pending {

    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int ABANDONED = 2;

    final PassEntry entry;
    final CheckKey key;
    final PassRecordId record;
    final CompletableFuture<Receipt> receipt = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(QUEUED);

    Pending(PassEntry entry, CheckKey key) {
        this.entry = entry;
        this.key = key;
        this.record = new PassRecordId(entry.day(), PassLedger.newId());
    }

    /** The writer takes it, unless its request gave up. */
    boolean take() {
        return state.compareAndSet(QUEUED, TAKEN);
    }

    /** Its request gives up, unless the writer took it already. */
    boolean abandon() {
        return state.compareAndSet(QUEUED, ABANDONED);
    }
}
