package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.UPDATE_RECEIPT;

import io.kalenner.application.port.UpdateReceipts;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

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
            return insert(updateIds, at, DSL.noCondition()); // the caller's transaction decides when and how it commits
        }
        // on its own the statement is its own transaction. A receipt only has to be seen by every
        // instance at once, which a commit does before it reaches the disk, so that transaction need
        // not wait for the disk (D64): set_config(…, true) lasts until it ends, as SET LOCAL does,
        // and costs no round trip of its own
        return insert(updateIds, at, DSL.condition("set_config('synchronous_commit', 'off', true) = 'off'"));
    }

    /** One statement for the batch; the primary key decides between racing instances, and only the rows it wrote come back. */
    private Set<Long> insert(Seq<Long> updateIds, Instant at, Condition alongside) {
        Table<?> batch = DSL.unnest(updateIds.distinct().toJavaArray(Long[]::new)).as("batch", "update_id");
        Field<Long> updateId = batch.field("update_id", Long.class);
        return LinkedHashSet.ofAll(transactions.dsl()
                .insertInto(UPDATE_RECEIPT, UPDATE_RECEIPT.UPDATE_ID, UPDATE_RECEIPT.RECEIVED_AT)
                .select(DSL.select(updateId, DSL.val(at, UPDATE_RECEIPT.RECEIVED_AT)).from(batch).where(alongside))
                .onConflictDoNothing()
                .returningResult(UPDATE_RECEIPT.UPDATE_ID)
                .fetch(UPDATE_RECEIPT.UPDATE_ID));
    }

    @Override
    public void forgetBefore(Instant before) {
        transactions.dsl().deleteFrom(UPDATE_RECEIPT).where(UPDATE_RECEIPT.RECEIVED_AT.lt(before)).execute();
    }
}
