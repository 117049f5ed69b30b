package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.UPDATE_RECEIPT;

import io.kalenner.application.port.UpdateReceipts;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;
import org.jooq.DataType;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

final class JooqUpdateReceipts implements UpdateReceipts {

    /**
     * One statement for a delivery's updates; the primary key decides between racing instances,
     * and only the rows it wrote come back. It runs for every {@code getUpdates} answer, so it is
     * written as SQL: built from jOOQ's query objects it cost the polling thread far more CPU to
     * build and render than the server takes to run it (issue 7's profile, performance.md).
     */
    private static final String INSERT = """
            insert into update_receipt (update_id, received_at)
            select batch.update_id, cast(? as timestamptz) from unnest(cast(? as bigint[])) as batch (update_id) where %s
            on conflict do nothing returning update_id""";
    private static final String INSERT_JOINING_TRANSACTION = INSERT.formatted("true");
    private static final String INSERT_NOT_WAITING_FOR_DISK = INSERT.formatted("set_config('synchronous_commit', 'off', true) = 'off'");
    private static final DataType<Instant> RECEIVED_AT = UPDATE_RECEIPT.RECEIVED_AT.getDataType();
    private static final DataType<Long[]> UPDATE_IDS = SQLDataType.BIGINT.getArrayDataType();

    private final JooqTransactions transactions;

    JooqUpdateReceipts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Set<Long> firstReceipts(Seq<Long> updateIds, Instant at) {
        if (updateIds.isEmpty()) {
            return LinkedHashSet.empty();
        }
        // inside a transaction, the caller's transaction decides when and how it commits. On its own
        // the statement is its own transaction. A receipt only has to be seen by every instance at
        // once, which a commit does before it reaches the disk, so that transaction need not wait
        // for the disk (D64): set_config(…, true) lasts until it ends, as SET LOCAL does, and costs
        // no round trip of its own
        String insert = transactions.isOpen() ? INSERT_JOINING_TRANSACTION : INSERT_NOT_WAITING_FOR_DISK;
        return LinkedHashSet.ofAll(transactions.dsl()
                .resultQuery(insert, DSL.val(at, RECEIVED_AT), DSL.val(updateIds.distinct().toJavaArray(Long[]::new), UPDATE_IDS))
                .coerce(UPDATE_RECEIPT.UPDATE_ID)
                .fetch(Record1::value1));
    }

    @Override
    public void forgetBefore(Instant before) {
        transactions.dsl().deleteFrom(UPDATE_RECEIPT).where(UPDATE_RECEIPT.RECEIVED_AT.lt(before)).execute();
    }
}
