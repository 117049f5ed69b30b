package io.kalenner.sandbox.botapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the Telegram Bot API on 127.0.0.1, for one bot token. Point a bot at
 * {@link #baseUrl()}, play users with {@link #newUser}, and end each test with
 * {@link #assertNoViolations()}: every call is checked against the Bot API 10.1 spec and
 * Telegram's limits, refused the way Telegram refuses it, and recorded when something is wrong.
 * Closing it ends held long polls and stops every thread it started.
 */
public final class BotApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApiServer.class);

    private final String token;
    private final HttpServer http;
    private final int port;
    private final ExecutorService workers;
    private final UpdateQueue updates;
    private final Chats chats;
    private final FileStore files;
    private final RateLimits rateLimits;
    private final Violations violations;
    private volatile Duration latency = Duration.ZERO;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BotApiServer(String token, int port) throws IOException {
        this.token = token;
        BotIdentity bot = BotIdentity.of(token);
        BotApiSpec spec = BotApiSpec.load();
        this.updates = new UpdateQueue();
        this.chats = new Chats(bot, updates, Clock.systemUTC());
        this.files = new FileStore();
        this.rateLimits = new RateLimits();
        this.violations = new Violations();
        BotApiCalls calls = new BotApiCalls(spec, chats, rateLimits, violations, List.of(
                new BotMethods(bot).handlers(),
                new UpdateMethods(updates, violations).handlers(),
                new MessageMethods(chats, files).handlers()));
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a held long poll occupies a thread for its whole timeout, so the pool grows as needed
        this.workers = Executors.newCachedThreadPool(daemonThreads());
        http.setExecutor(workers);
        http.createContext("/", new BotApiHttpHandler(token, new CallDecoder(spec), calls, files, violations, () -> latency));
        http.start();
        this.port = http.getAddress().getPort();
    }

    /** Starts on a free port. */
    public static BotApiServer start(String token) {
        return start(token, 0);
    }

    public static BotApiServer start(String token, int port) {
        try {
            BotApiServer server = new BotApiServer(token, port);
            log.info("bot api stand-in started port={}", server.port());
            return server;
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot start the bot api stand-in on port " + port, cannotListen);
        }
    }

    /** {@code http://127.0.0.1:<port>}; calls go to {@code <baseUrl>/bot<token>/<method>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return port;
    }

    public String token() {
        return token;
    }

    /** A new Telegram user with a private chat with the bot; the bot can write to them once they wrote first. */
    public TelegramUser newUser(String firstName, String languageCode) {
        return new TelegramUser(chats.open(firstName, languageCode), files);
    }

    /** Updates queued and not yet confirmed by a getUpdates with a higher offset. */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /** Long polls the server is holding: lets a test wait until the bot is listening. */
    public int heldPolls() {
        return updates.heldPolls();
    }

    public List<Violation> violations() {
        return violations.all();
    }

    /** Forgets the violations so far, for a test that provoked some on purpose. */
    public void clearViolations() {
        violations.clear();
    }

    public void assertNoViolations() {
        List<Violation> all = violations.all();
        if (!all.isEmpty()) {
            throw new AssertionError(all.size() + " Bot API violation(s):\n  "
                    + all.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** Turns Telegram's flood limits on or off (off at start): ~30 sends a second overall, 1 a second per chat. */
    public BotApiServer rateLimits(boolean on) {
        rateLimits.enable(on);
        return this;
    }

    /** Delays every call by this much, like the round trip to Telegram's servers. */
    public BotApiServer latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency = delay;
        return this;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        updates.close();
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("bot api stand-in stopped port={}", port);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "botapi-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
