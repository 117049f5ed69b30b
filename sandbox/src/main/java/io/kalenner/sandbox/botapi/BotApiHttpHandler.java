package io.kalenner.sandbox.botapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot API's URLs: {@code /bot<token>/<method>} for calls and {@code /file/bot<token>/<path>}
 * for downloads; {@code /} leads to the sandbox page. Checks the token, decodes the call, and writes the answer as Telegram does.
 */
final class BotApiHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(BotApiHttpHandler.class);
    private static final String DOWNLOAD = "file download";

    private final String token;
    private final CallDecoder decoder;
    private final BotApiCalls calls;
    private final FileStore files;
    private final Violations violations;
    private final Supplier<Duration> latency;

    BotApiHttpHandler(String token, CallDecoder decoder, BotApiCalls calls, FileStore files, Violations violations,
            Supplier<Duration> latency) {
        this.token = token;
        this.decoder = decoder;
        this.calls = calls;
        this.files = files;
        this.violations = violations;
        this.latency = latency;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.startsWith("/file/bot")) {
                download(exchange, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                call(exchange, path.substring("/bot".length()));
            } else if (path.equals("/") && exchange.getRequestMethod().equals("GET")) {
                // a person opening the stand-in's address wants the sandbox page
                exchange.getResponseHeaders().set("Location", "/sandbox/");
                write(exchange, 302, new byte[0]);
            } else {
                writeJson(exchange, Refusal.notFound());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException fault) {
            // a fault of the sandbox itself must fail the test, not hang or pass it
            log.error("bot api stand-in failed", fault);
            violations.record(path.substring(path.lastIndexOf('/') + 1), "the sandbox failed: " + fault);
            writeJson(exchange, new Refusal(500, "Internal Server Error", 0));
        } finally {
            exchange.close();
        }
    }

    /** {@code tokenAndMethod} is {@code <token>/<method>}; a token holds a colon but no slash. */
    private void call(HttpExchange exchange, String tokenAndMethod) throws IOException, InterruptedException {
        int slash = tokenAndMethod.indexOf('/');
        String method = slash < 0 ? "" : tokenAndMethod.substring(slash + 1);
        if (slash < 0 || !tokenAndMethod.substring(0, slash).equals(token)) {
            violations.record(method, "401 Unauthorized: wrong bot token");
            writeJson(exchange, Refusal.unauthorized());
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        ApiCall call;
        try {
            call = decoder.decode(method, exchange.getRequestURI().getRawQuery(), contentType, body);
        } catch (IllegalArgumentException unreadable) {
            Refusal refusal = Refusal.badRequest(unreadable.getMessage());
            violations.record(method, refusal.errorCode() + " " + refusal.description());
            writeJson(exchange, refusal);
            return;
        }
        // a round trip: half of it before the call takes effect, half after, as the answer travels
        // back, so a caller that gives up waiting may have changed the chat already, as with Telegram
        Duration trip = latency.get();
        Duration halfTrip = trip.dividedBy(2);
        travel(halfTrip);
        ApiOutcome outcome = calls.answer(call);
        log.debug("bot api call method={} status={}", method, outcome.httpStatus());
        travel(trip.minus(halfTrip));
        writeJson(exchange, outcome);
    }

    /** Waits as the network would; with the switch off (no delay) it does not even yield the thread. */
    private static void travel(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    private void download(HttpExchange exchange, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        if (slash < 0 || !tokenAndPath.substring(0, slash).equals(token)) {
            violations.record(DOWNLOAD, "401 Unauthorized: wrong bot token");
            writeJson(exchange, Refusal.unauthorized());
            return;
        }
        Optional<StoredFile> file = files.byPath(tokenAndPath.substring(slash + 1));
        if (file.isEmpty()) {
            violations.record(DOWNLOAD, "404 Not Found: no file at that path");
            writeJson(exchange, Refusal.notFound());
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", file.get().mimeType());
        write(exchange, 200, file.get().bytes());
    }

    private static void writeJson(HttpExchange exchange, ApiOutcome outcome) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        write(exchange, outcome.httpStatus(), TelegramJson.MAPPER.writeValueAsBytes(outcome.toJson()));
    }

    private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
