package org.sitepass.tracing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * What one batch of the writer stores and answers. A key already stored answers a retry (the same check) or a taken
 * sequence (another check); two entries of the batch with the same key (a retry sent while the first was still in
 * flight) are one stored record and a retry of it, or a taken sequence.
 */
final class LedgerBatch {

    /** A key row as stored: which record it points to and the digest of its check. */
    record StoredKey(PassRecordId record, byte[] digest) {
    }

    final List<Pending> toStore = new ArrayList<>();
    final Map<Pending, Receipt> receipts = new LinkedHashMap<>();

    static LedgerBatch plan(List<Pending> batch, Map<CheckKey.Slot, StoredKey> stored) {
        LedgerBatch plan = new LedgerBatch();
        Map<CheckKey.Slot, Pending> first = new HashMap<>();
        for (Pending pending : batch) {
            if (pending.key == null) {
                plan.store(pending);
                continue;
            }
            CheckKey.Slot slot = pending.key.slot();
            StoredKey before = stored.get(slot);
            Pending earlier = first.get(slot);
            if (before != null) {
                plan.receipts.put(pending, pending.key.sameCheck(before.digest())
                        ? Receipt.already(before.record()) : Receipt.taken());
            } else if (earlier != null) {
                plan.receipts.put(pending, pending.key.sameCheck(earlier.key.digest())
                        ? Receipt.already(earlier.record) : Receipt.taken());
            } else {
                first.put(slot, pending);
                plan.store(pending);
            }
        }
        return plan;
    }

    private void store(Pending pending) {
        toStore.add(pending);
        receipts.put(pending, Receipt.stored(pending.record));
    }

    List<Pending> keyed() {
        return toStore.stream().filter(p -> p.key != null).toList();
    }
}
