package io.kalenner.sandbox.botapi;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's flood limits on sending, as token buckets: about 30 messages a second overall, and
 * one a second per chat with short bursts of three. Off unless a test turns them on.
 */
final class RateLimits {

    private static final double OVERALL_PER_SECOND = 30;
    private static final double PER_CHAT_PER_SECOND = 1;
    private static final double PER_CHAT_BURST = 3;

    private boolean enabled;
    private final TokenBucket overall = new TokenBucket(OVERALL_PER_SECOND, OVERALL_PER_SECOND);
    private final Map<Long, TokenBucket> perChat = new HashMap<>();

    synchronized void enable(boolean on) {
        enabled = on;
    }

    synchronized boolean enabled() {
        return enabled;
    }

    /** Takes one send for the chat; when a limit is exceeded, takes nothing and tells the whole seconds to wait. */
    synchronized OptionalLong retryAfterSeconds(long chatId) {
        if (!enabled) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        TokenBucket chat = perChat.computeIfAbsent(chatId, id -> new TokenBucket(PER_CHAT_BURST, PER_CHAT_PER_SECOND));
        long waitNanos = Math.max(overall.nanosUntilToken(now), chat.nanosUntilToken(now));
        if (waitNanos > 0) {
            return OptionalLong.of(Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1))));
        }
        overall.take();
        chat.take();
        return OptionalLong.empty();
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
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
        }

        void take() {
            tokens -= 1;
        }
    }
}
