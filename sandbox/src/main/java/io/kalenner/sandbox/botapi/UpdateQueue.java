package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The bot's pending updates, numbered in order, and their delivery by long polling as Telegram
 * does it: a poll waits up to its timeout and returns as soon as an update arrives; an update is
 * forgotten once a poll asks for a higher offset; a newer poll ends an older one with 409.
 */
final class UpdateQueue {

    /** Telegram's default when a bot never named the types it wants. */
    private static final Set<String> UNLESS_ASKED_FOR = Set.of("chat_member", "message_reaction", "message_reaction_count");
    private static final String ENDED_BY_A_NEWER_POLL = "terminated by other getUpdates request; make sure that only one bot instance is running";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private final LongSupplier leastNextUpdateId;
    private long nextUpdateId = 1;
    private Set<String> allowedUpdates = Set.of();
    private long pollsStarted;
    private int pollsHeld;
    private String webhookUrl = "";
    private String webhookSecret = "";
    private boolean closed;

    UpdateQueue() {
        this(() -> 1);
    }

    /** @param leastNextUpdateId the least id the next update may take; ids rise by one at least, as always */
    UpdateQueue(LongSupplier leastNextUpdateId) {
        this.leastNextUpdateId = leastNextUpdateId;
    }

    /** Queues one update of that type (a field of Update, like "message") and wakes a waiting poll. */
    void add(String type, ObjectNode content) {
        lock.lock();
        try {
            ObjectNode update = TelegramJson.object();
            long updateId = Math.max(nextUpdateId, leastNextUpdateId.getAsLong());
            nextUpdateId = updateId + 1;
            update.put("update_id", updateId);
            update.set(type, content);
            pending.add(update);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the violation is a long poll that a newer one ended with 409. */
    static boolean endedByANewerPoll(Violation violation) {
        return violation.method().equals("getUpdates") && violation.description().endsWith(ENDED_BY_A_NEWER_POLL);
    }

    /** Telegram's getUpdates; an empty {@code allowedUpdates} keeps the types the bot asked for before. */
    ApiOutcome poll(long offset, int limit, Duration timeout, List<String> allowedUpdates) throws InterruptedException {
        lock.lock();
        try {
            if (!webhookUrl.isEmpty()) {
                return ApiOutcome.Refusal.conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
            long thisPoll = ++pollsStarted;
            changed.signalAll();
            forgetBelow(offset);
            if (!allowedUpdates.isEmpty()) {
                this.allowedUpdates = Set.copyOf(allowedUpdates);
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            pollsHeld++;
            try {
                while (true) {
                    if (pollsStarted != thisPoll) {
                        return ApiOutcome.Refusal.conflict(ENDED_BY_A_NEWER_POLL);
                    }
                    ArrayNode deliverable = deliverable(limit);
                    long left = deadline - System.nanoTime();
                    if (!deliverable.isEmpty() || left <= 0 || closed) {
                        return ApiOutcome.result(deliverable);
                    }
                    changed.awaitNanos(left);
                }
            } finally {
                pollsHeld--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets the webhook ({@code url} empty: deletes it); {@code secret} goes with every update posted to it. */
    void setWebhook(String url, String secret, boolean dropPendingUpdates) {
        lock.lock();
        try {
            webhookUrl = url;
            webhookSecret = secret;
            if (dropPendingUpdates) {
                pending.clear();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The oldest deliverable update while a webhook is set, waiting up to {@code timeout} for one;
     * it stays pending until {@link #confirm} (the webhook answered 2xx).
     */
    Optional<WebhookDelivery> nextForWebhook(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (closed) {
                    return Optional.empty();
                }
                ArrayNode next = webhookUrl.isEmpty() ? TelegramJson.array() : deliverable(1);
                if (!next.isEmpty()) {
                    return Optional.of(new WebhookDelivery(webhookUrl, webhookSecret, (ObjectNode) next.get(0)));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The webhook took this update: it is forgotten. */
    void confirm(long updateId) {
        lock.lock();
        try {
            pending.removeIf(update -> update.get("update_id").asLong() == updateId);
        } finally {
            lock.unlock();
        }
    }

    /** An update to post to the webhook at {@code url}, with {@code secret} in its header (none when empty). */
    record WebhookDelivery(String url, String secret, ObjectNode update) {
        long updateId() {
            return update.get("update_id").asLong();
        }
    }

    String webhookUrl() {
        lock.lock();
        try {
            return webhookUrl;
        } finally {
            lock.unlock();
        }
    }

    /** Polls being answered right now, most of them waiting for an update. */
    int heldPolls() {
        lock.lock();
        try {
            return pollsHeld;
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** Ends every waiting poll with what it has, so no server thread outlives the server. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A negative offset keeps only that many of the newest updates, as Telegram does. */
    private void forgetBelow(long offset) {
        if (offset < 0) {
            while (pending.size() > -offset) {
                pending.removeFirst();
            }
            return;
        }
        pending.removeIf(update -> update.get("update_id").asLong() < offset);
    }

    /** Up to {@code limit} updates of the allowed types; Telegram drops the others for good. */
    private ArrayNode deliverable(int limit) {
        ArrayNode batch = TelegramJson.array();
        Iterator<ObjectNode> updates = pending.iterator();
        while (updates.hasNext() && batch.size() < limit) {
            ObjectNode update = updates.next();
            if (isAllowed(typeOf(update))) {
                batch.add(update.deepCopy());
            } else {
                updates.remove();
            }
        }
        return batch;
    }

    private boolean isAllowed(String type) {
        return allowedUpdates.isEmpty() ? !UNLESS_ASKED_FOR.contains(type) : allowedUpdates.contains(type);
    }

    private static String typeOf(ObjectNode update) {
        Iterator<String> names = update.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }
}
