package io.kalenner.application.port;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.Instant;

/**
 * The Telegram updates already taken in, by their {@code update_id}, so that an update delivered
 * again (after a crash, by a webhook retry, to a second instance) is not acted on twice.
 */
public interface UpdateReceipts {

    /**
     * Records the updates as received at {@code at}, all in one write, and answers the ids received
     * for the first time; an id received before, also by a racing instance, is left out. Joins the
     * caller's transaction if one is open.
     */
    Set<Long> firstReceipts(Seq<Long> updateIds, Instant at);

    /** As {@link #firstReceipts} for one update: true the first time, false for every later receipt. */
    default boolean firstReceipt(long updateId, Instant at) {
        return firstReceipts(io.vavr.collection.List.of(updateId), at).contains(updateId);
    }

    /** Forgets receipts older than {@code before}; Telegram keeps an unconfirmed update for a day at most. */
    void forgetBefore(Instant before);
}
