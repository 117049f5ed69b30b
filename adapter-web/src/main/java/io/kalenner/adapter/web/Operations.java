package io.kalenner.adapter.web;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the web server serves for running the program, besides documents: {@code GET /metrics}
 * (the text {@code metrics} gives, in Prometheus' text format), {@code GET /ready} (200 while
 * {@code ready} says so, 503 otherwise) and, in webhook mode, the endpoint Telegram posts updates to.
 */
public record Operations(Supplier<String> metrics, BooleanSupplier ready, Option<WebhookEndpoint> webhook) {

    public Operations {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(webhook, "webhook");
    }

    /** No metrics, never ready, no webhook: a server that only serves documents and {@code /health}. */
    public static Operations none() {
        return new Operations(() -> "", () -> false, Option.none());
    }
}
