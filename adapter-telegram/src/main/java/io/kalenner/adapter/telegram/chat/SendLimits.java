package io.kalenner.adapter.telegram.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's flood limits kept on this side, so that the bot seldom meets a 429: about 30
 * messages a second overall, and one a second per chat with bursts of three. The rates here are a
 * little under Telegram's, because a request may reach Telegram sooner after the one before than
 * it left here. A reply to a user's own action goes before bulk sending (notifications): bulk
 * waits while a reply waits.
 */
public final class SendLimits {

    /** Who is waiting: a person looking at the chat, or the notification sender. */
    public enum Priority {
        REPLY,
        BULK
    }

    static final double OVERALL_PER_SECOND = 29;
    static final double PER_CHAT_PER_SECOND = 0.95;
    static final double PER_CHAT_BURST = 3;
    private static final int CHATS_REMEMBERED = 10_000;

    private final TokenBucket overall = new TokenBucket(OVERALL_PER_SECOND, OVERALL_PER_SECOND);
    private final Map<Long, TokenBucket> perChat = new HashMap<>();
    private final boolean lifted;
    private int repliesWaiting;

    /** Telegram's limits, as every running bot keeps them. */
    public SendLimits() {
        this(false);
    }

    private SendLimits(boolean lifted) {
        this.lifted = lifted;
    }

    /**
     * No limits at all, for a load measurement against the local stand-in only: it shows what the
     * bot itself can handle, which Telegram's limits would otherwise hide. Against Telegram this
     * earns 429s and, kept up, a ban.
     */
    public static SendLimits liftedForMeasurement() {
        return new SendLimits(true);
    }

    /** Blocks until one message may go to the chat, and takes it from the limits. */
    public void acquire(long chatId, Priority priority) throws InterruptedException {
        if (!lifted) {
            acquireWithinLimits(chatId, priority);
        }
    }

    private synchronized void acquireWithinLimits(long chatId, Priority priority) throws InterruptedException {
        if (priority == Priority.REPLY) {
            repliesWaiting++;
        }
        try {
            while (true) {
                long now = System.nanoTime();
                TokenBucket chat = chat(chatId, now);
                long waitNanos = Math.max(overall.nanosUntilToken(now), chat.nanosUntilToken(now));
                if (priority == Priority.BULK && repliesWaiting > 0) {
                    waitNanos = Math.max(waitNanos, TimeUnit.MILLISECONDS.toNanos(5));
                }
                if (waitNanos == 0) {
                    overall.take();
                    chat.take();
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, waitNanos);
            }
        } finally {
            if (priority == Priority.REPLY) {
                repliesWaiting--;
                notifyAll();
            }
        }
    }

    private TokenBucket chat(long chatId, long now) {
        if (perChat.size() > CHATS_REMEMBERED) {
            // a full bucket is the same as a fresh one: forget those
            perChat.values().removeIf(bucket -> bucket.isFull(now));
        }
        return perChat.computeIfAbsent(chatId, id -> new TokenBucket(PER_CHAT_BURST, PER_CHAT_PER_SECOND));
    }

    private static final class TokenBucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt = System.nanoTime();

        TokenBucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / TimeUnit.SECONDS.toNanos(1);
            this.tokens = capacity;
        }

        long nanosUntilToken(long now) {
            refill(now);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
        }

        boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        void take() {
            tokens -= 1;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
