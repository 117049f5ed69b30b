package io.kalenner.application.inmemory;

import io.kalenner.application.port.UpdateReceipts;
import java.time.Instant;

public final class InMemoryUpdateReceipts implements UpdateReceipts {

    private final InMemoryTable<Long, Instant> receipts;

    public InMemoryUpdateReceipts(InMemoryTransactions transactions) {
        this.receipts = new InMemoryTable<>(transactions);
    }

    @Override
    public boolean firstReceipt(long updateId, Instant at) {
        return receipts.atomically(() -> {
            if (receipts.get(updateId).isDefined()) {
                return false;
            }
            receipts.put(updateId, at);
            return true;
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
