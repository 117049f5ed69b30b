package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.UPDATE_RECEIPT;

import io.kalenner.application.port.UpdateReceipts;
import io.kalenner.domain.Rejection;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.Instant;
import org.jooq.InsertValuesStep2;

final class JooqUpdateReceipts implements UpdateReceipts {

    private final JooqTransactions transactions;

    JooqUpdateReceipts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Set<Long> firstReceipts(Seq<Long> updateIds, Instant at) {
        if (updateIds.isEmpty()) {
            return LinkedHashSet.empty();
        }
        if (transactions.isOpen()) {
            return insert(updateIds, at); // the caller's transaction decides when and how it commits
        }
        return transactions.inTransaction(() -> {
            // a receipt only has to be seen by every instance at once, which a commit does before it
            // reaches the disk; it need not wait for the disk (D64). SET LOCAL ends with the transaction.
            transactions.dsl().execute("SET LOCAL synchronous_commit = off");
            return Either.<Rejection, Set<Long>>right(insert(updateIds, at));
        }).get();
    }

    /** One statement for the batch; the primary key decides between racing instances, and only the rows it wrote come back. */
    private Set<Long> insert(Seq<Long> updateIds, Instant at) {
        InsertValuesStep2<?, Long, Instant> insert = transactions.dsl()
                .insertInto(UPDATE_RECEIPT, UPDATE_RECEIPT.UPDATE_ID, UPDATE_RECEIPT.RECEIVED_AT);
        for (long updateId : updateIds.distinct()) {
            insert = insert.values(updateId, at);
        }
        return LinkedHashSet.ofAll(insert.onConflictDoNothing()
                .returningResult(UPDATE_RECEIPT.UPDATE_ID)
                .fetch(UPDATE_RECEIPT.UPDATE_ID));
    }

    @Override
    public void forgetBefore(Instant before) {
        transactions.dsl().deleteFrom(UPDATE_RECEIPT).where(UPDATE_RECEIPT.RECEIVED_AT.lt(before)).execute();
    }
}
