package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * The optional realism switches, off at start: Telegram's flood limits (a send over them is
 * refused with {@code 429} and {@code retry_after}) and a delay on every call like the round
 * trip to Telegram's servers. A test turns them on through {@link BotApiServer}, a person on the page.
 */
final class Realism {

    private final RateLimits rateLimits;
    private volatile Duration latency = Duration.ZERO;

    Realism(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    void rateLimits(boolean on) {
        rateLimits.enable(on);
    }

    /** @throws IllegalArgumentException for a negative delay */
    void latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency = delay;
    }

    Duration latency() {
        return latency;
    }

    /** {@code {"rateLimits": true|false, "latencyMillis": n}}, as the page shows the switches. */
    ObjectNode json() {
        ObjectNode json = TelegramJson.object();
        json.put("rateLimits", rateLimits.enabled());
        json.put("latencyMillis", latency.toMillis());
        return json;
    }
}
