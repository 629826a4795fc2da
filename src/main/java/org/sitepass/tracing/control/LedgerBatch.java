package org.sitepass.tracing.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * What one batch of the writer stores and answers. Each key is claimed once per batch, by its first entry; the key
 * row read back after the claims says who holds it. The batch's own claim is stored; a row of another (stored before,
 * or by another instance a moment ago) answers a retry (the same check) or a taken sequence (another check), and so
 * does a second entry of the batch with the same key (a retry sent while the first was still in flight).
 */
final class LedgerBatch {

    private static final Comparator<Pending> KEY_ORDER = Comparator.<Pending>comparingLong(p -> p.key.deviceId())
            .thenComparingLong(p -> p.key.sequence());

    /** A key row as stored: which record it points to and the digest of its check. */
    record StoredKey(PassRecordId record, byte[] digest) {
    }

    final List<Pending> toStore = new ArrayList<>();
    final Map<Pending, Receipt> receipts = new LinkedHashMap<>();

    /** The first entry of each key, in the order of the key rows' primary key (device, sequence). */
    static List<Pending> claims(List<Pending> batch) {
        Map<CheckKey.Slot, Pending> first = new HashMap<>();
        batch.stream().filter(p -> p.key != null).forEach(p -> first.putIfAbsent(p.key.slot(), p));
        return first.values().stream().sorted(KEY_ORDER).toList();
    }

    /**
     * @param stored the key rows of the batch's keys, read after its claims were written: each key has one
     */
    static LedgerBatch plan(List<Pending> batch, Map<CheckKey.Slot, StoredKey> stored) {
        LedgerBatch plan = new LedgerBatch();
        for (Pending pending : batch) {
            if (pending.key == null) {
                plan.store(pending);
                continue;
            }
            StoredKey row = stored.get(pending.key.slot());
            if (row == null) {
                throw new IllegalStateException("a key row of the batch was neither written nor found");
            }
            if (row.record().equals(pending.record)) {
                plan.store(pending);
            } else {
                plan.receipts.put(pending, pending.key.sameCheck(row.digest())
                        ? Receipt.already(row.record()) : Receipt.taken());
            }
        }
        return plan;
    }

    private void store(Pending pending) {
        toStore.add(pending);
        receipts.put(pending, Receipt.stored(pending.record));
    }
}
