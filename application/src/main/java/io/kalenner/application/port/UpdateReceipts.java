package io.kalenner.application.port;

import java.time.Instant;

/**
 * The Telegram updates already taken in, by their {@code update_id}, so that an update delivered
 * again (after a crash, by a webhook retry, to a second instance) is not acted on twice.
 */
public interface UpdateReceipts {

    /**
     * Records the update as received at {@code at}. True the first time, false for every later
     * receipt of the same id, also when instances race. Joins the caller's transaction if one is open.
     */
    boolean firstReceipt(long updateId, Instant at);

    /** Forgets receipts older than {@code before}; Telegram keeps an unconfirmed update for a day at most. */
    void forgetBefore(Instant before);
}
