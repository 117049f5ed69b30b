package io.kalenner.application.inmemory;

import io.kalenner.application.port.UpdateReceipts;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;

public final class InMemoryUpdateReceipts implements UpdateReceipts {

    private final InMemoryTable<Long, Instant> receipts;

    public InMemoryUpdateReceipts(InMemoryTransactions transactions) {
        this.receipts = new InMemoryTable<>(transactions);
    }

    @Override
    public Set<Long> firstReceipts(Seq<Long> updateIds, Instant at) {
        return receipts.atomically(() -> {
            Set<Long> first = LinkedHashSet.empty();
            for (long updateId : updateIds) {
                if (receipts.get(updateId).isEmpty()) {
                    receipts.put(updateId, at);
                    first = first.add(updateId);
                }
            }
            return first;
        });
    }

    @Override
    public void forgetBefore(Instant before) {
        receipts.atomically(() -> {
            receipts.keysWhere(at -> at.isBefore(before)).forEach(receipts::remove);
            return null;
        });
    }
}
