package io.kalenner.sandbox.botapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers updates to the bot's webhook while one is set, as Telegram does: one update per
 * {@code POST} with a JSON body and the secret in {@code X-Telegram-Bot-Api-Secret-Token}; an
 * update the webhook does not answer with 2xx stays pending and is posted again after a pause.
 * Updates go one at a time, in order. On its own thread, ended by {@link #close()}.
 */
final class WebhookPusher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookPusher.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final UpdateQueue updates;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread thread;
    private volatile boolean closed;

    private WebhookPusher(UpdateQueue updates) {
        this.updates = updates;
        this.thread = new Thread(this::run, "botapi-webhook");
        thread.setDaemon(true);
    }

    static WebhookPusher start(UpdateQueue updates) {
        WebhookPusher pusher = new WebhookPusher(updates);
        pusher.thread.start();
        return pusher;
    }

    /** A plain-HTTP URL to this machine: taken here in place of Telegram's HTTPS, which a test cannot have. */
    static boolean isLoopbackHttp(String url) {
        try {
            URI uri = URI.create(url);
            return "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private void run() {
        while (!closed) {
            try {
                Optional<UpdateQueue.WebhookDelivery> next = updates.nextForWebhook(Duration.ofSeconds(1));
                if (next.isPresent() && !post(next.get())) {
                    Thread.sleep(RETRY_PAUSE.toMillis());
                }
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private boolean post(UpdateQueue.WebhookDelivery delivery) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(delivery.update().toString(), StandardCharsets.UTF_8));
        if (!delivery.secret().isEmpty()) {
            request.header(SECRET_HEADER, delivery.secret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                updates.confirm(delivery.updateId());
                return true;
            }
            log.warn("webhook refused update_id={} status={}", delivery.updateId(), status);
        } catch (IOException | IllegalArgumentException unreachable) {
            log.warn("webhook unreachable update_id={}: {}", delivery.updateId(), unreachable.toString());
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
