package io.kalenner.bootstrap;

import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.application.port.Ports;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's metrics, kept by Micrometer and served in Prometheus' text format at
 * {@code /metrics}: updates handled by kind and how long handling took (a histogram),
 * messages sent by method, Bot API errors by code, and the outboxes' depth read from the database at
 * each scrape. Labels are closed sets and Bot API method names only: never a text, a name or an id.
 */
public final class Metrics implements BotEvents {

    private static final Logger log = LoggerFactory.getLogger(Metrics.class);

    /**
     * A histogram's buckets, not client-side percentiles: buckets add up across instances, and
     * Prometheus gives p50 and p99 from them ({@code histogram_quantile}, docs/operations.md).
     */
    private static final Duration[] BUCKETS = java.util.stream.LongStream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .mapToObj(Duration::ofMillis).toArray(Duration[]::new);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<UpdateKind, Timer> updates = new EnumMap<>(UpdateKind.class);
    private final Map<ApiError, Counter> errors = new EnumMap<>(ApiError.class);
    private final Map<String, Counter> sent = new ConcurrentHashMap<>();
    private final Counter repeated = Counter.builder("kalenner.updates.repeated")
            .description("Telegram updates delivered again and left out: they had been received before")
            .register(registry);

    public Metrics() {
        for (UpdateKind kind : UpdateKind.values()) {
            updates.put(kind, Timer.builder("kalenner.updates")
                    .description("Telegram updates handled, and how long handling took")
                    .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry));
        }
        for (ApiError error : ApiError.values()) {
            errors.put(error, Counter.builder("kalenner.telegram.errors")
                    .description("Bot API call attempts that failed, by HTTP code or network")
                    .tag("code", error.label())
                    .register(registry));
        }
    }

    /** Reports how many notifications and relayed messages wait for delivery, read at each scrape. */
    public void watchOutboxes(Ports ports) {
        depth("notifications", () -> ports.outbox().depth());
        depth("messages", () -> ports.messages().depth());
    }

    private void depth(String outbox, LongSupplier depth) {
        Gauge.builder("kalenner.outbox.depth", () -> readQuietly(depth))
                .description("items waiting in the outbox for delivery")
                .tag("outbox", outbox)
                .register(registry);
    }

    private static double readQuietly(LongSupplier depth) {
        try {
            return depth.getAsLong();
        } catch (RuntimeException unreachable) {
            log.warn("outbox depth unknown: {}", unreachable.toString());
            return Double.NaN;
        }
    }

    /** Everything in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void updateHandled(UpdateKind kind, Duration took) {
        updates.get(kind).record(took);
    }

    @Override
    public void updatesRepeated(int count) {
        repeated.increment(count);
    }

    @Override
    public void apiError(ApiError error, String method) {
        errors.get(error).increment();
    }

    @Override
    public void sent(String method) {
        sent.computeIfAbsent(method, name -> Counter.builder("kalenner.telegram.messages.sent")
                .description("messages sent to Telegram, by Bot API method")
                .tag("method", name)
                .register(registry)).increment();
    }
}
