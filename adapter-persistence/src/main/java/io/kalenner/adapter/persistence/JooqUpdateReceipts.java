package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.UPDATE_RECEIPT;

import io.kalenner.application.port.UpdateReceipts;
import java.time.Instant;

final class JooqUpdateReceipts implements UpdateReceipts {

    private final JooqTransactions transactions;

    JooqUpdateReceipts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean firstReceipt(long updateId, Instant at) {
        // the primary key decides between racing instances: only one insert counts
        return transactions.dsl().insertInto(UPDATE_RECEIPT, UPDATE_RECEIPT.UPDATE_ID, UPDATE_RECEIPT.RECEIVED_AT)
                .values(updateId, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void forgetBefore(Instant before) {
        transactions.dsl().deleteFrom(UPDATE_RECEIPT).where(UPDATE_RECEIPT.RECEIVED_AT.lt(before)).execute();
    }
}
