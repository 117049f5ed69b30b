package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox page under {@code /sandbox/}: the page itself (plain HTML, CSS and JavaScript from
 * the resources), a small JSON API under {@code /sandbox/api/} to act as the users, and the
 * server-sent events that keep the page up to date.
 *
 * <p>The stand-in listens on the loopback address only, but a web page from elsewhere could still
 * send requests to it through the browser: a request must name a local host (against DNS
 * rebinding), and every action must carry the {@value #ACTION_HEADER} header, which a foreign
 * page cannot add without a CORS preflight this server never grants.
 */
final class PageHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(PageHandler.class);

    static final String ACTION_HEADER = "X-Sandbox-Action";
    private static final Set<String> LANGUAGES = Set.of("ru", "en");
    private static final int NAME_LIMIT = 64;
    /** Telegram's limit for files a bot may download. */
    private static final int UPLOAD_LIMIT = 20 * 1024 * 1024;
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** A longer delay on every call would only look like a hang. */
    private static final Duration LATENCY_LIMIT = Duration.ofSeconds(5);
    private static final Map<String, String> STATIC_FILES = Map.of(
            "/sandbox/", "index.html",
            "/sandbox/sandbox.css", "sandbox.css",
            "/sandbox/sandbox.js", "sandbox.js",
            "/sandbox/favicon.svg", "favicon.svg");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern USER_ACTION = Pattern.compile("/sandbox/api/users/(\\d{1,18})/(messages|presses|files|scans)");
    private static final Pattern USER_COMMANDS = Pattern.compile("/sandbox/api/users/(\\d{1,18})/commands");
    private static final Pattern LOCAL_HOST = Pattern.compile("(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?", Pattern.CASE_INSENSITIVE);

    private final BotIdentity bot;
    private final Chats chats;
    private final FileStore files;
    private final BotCommands commands;
    private final Realism realism;
    private final PageEvents events;
    private final PageClock clock;

    PageHandler(BotIdentity bot, Chats chats, FileStore files, BotCommands commands, Realism realism, PageEvents events,
            PageClock clock) {
        this.bot = bot;
        this.chats = chats;
        this.files = files;
        this.commands = commands;
        this.realism = realism;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try {
            if (!LOCAL_HOST.matcher(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")).matches()) {
                writeError(exchange, 403, "the sandbox answers requests to 127.0.0.1 or localhost only");
            } else if (method.equals("GET")) {
                get(exchange, path);
            } else if (method.equals("POST")) {
                post(exchange, path);
            } else {
                writeError(exchange, 405, "GET or POST only");
            }
        } catch (BadRequest | IllegalArgumentException refused) {
            writeError(exchange, 400, refused.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException fault) {
            log.error("sandbox page request failed path={}", path, fault);
            writeError(exchange, 500, "the sandbox failed: " + fault);
        } finally {
            exchange.close();
        }
    }

    private void get(HttpExchange exchange, String path) throws IOException, InterruptedException {
        if (path.equals("/sandbox")) {
            exchange.getResponseHeaders().set("Location", "/sandbox/");
            write(exchange, 302, new byte[0]);
        } else if (STATIC_FILES.containsKey(path)) {
            staticFile(exchange, STATIC_FILES.get(path));
        } else if (path.equals("/sandbox/api/state")) {
            writeJson(exchange, 200, state());
        } else if (path.equals("/sandbox/api/clock")) {
            writeJson(exchange, 200, clock.json());
        } else if (path.equals("/sandbox/api/realism")) {
            writeJson(exchange, 200, realism.json());
        } else if (path.equals("/sandbox/api/events")) {
            stream(exchange);
        } else if (USER_COMMANDS.matcher(path).matches()) {
            commandMenu(exchange, path);
        } else if (path.startsWith(PageJson.FILES_PATH)) {
            file(exchange, path.substring(PageJson.FILES_PATH.length()));
        } else {
            writeError(exchange, 404, "no such page");
        }
    }

    private void post(HttpExchange exchange, String path) throws IOException {
        if (exchange.getRequestHeaders().getFirst(ACTION_HEADER) == null) {
            writeError(exchange, 403, "an action needs the " + ACTION_HEADER + " header, which the sandbox page sends");
            return;
        }
        if (path.equals("/sandbox/api/users")) {
            addUser(exchange);
            return;
        }
        if (path.equals("/sandbox/api/clock")) {
            moveClock(exchange);
            return;
        }
        if (path.equals("/sandbox/api/realism")) {
            switchRealism(exchange);
            return;
        }
        Matcher action = USER_ACTION.matcher(path);
        if (!action.matches()) {
            writeError(exchange, 404, "no such action");
            return;
        }
        Optional<PrivateChat> chat = chats.find(Long.parseLong(action.group(1)));
        if (chat.isEmpty()) {
            writeError(exchange, 404, "no user " + action.group(1));
            return;
        }
        TelegramUser user = new TelegramUser(chat.get(), files);
        switch (action.group(2)) {
            case "messages" -> sendText(exchange, user);
            case "presses" -> press(exchange, chat.get());
            case "scans" -> scan(exchange, user);
            default -> upload(exchange, user);
        }
    }

    private ObjectNode state() {
        ObjectNode json = TelegramJson.object();
        json.putObject("bot").put("username", bot.username()).put("firstName", bot.firstName());
        json.set("clock", clock.json());
        json.set("realism", realism.json());
        var users = json.putArray("users");
        chats.all().forEach(chat -> users.add(chat.pageView()));
        return json;
    }

    /** {@code {"commands": [{"command", "description"}]}}: the bot's command menu as this user sees it, read when they open it. */
    private void commandMenu(HttpExchange exchange, String path) throws IOException {
        Matcher user = USER_COMMANDS.matcher(path);
        Optional<PrivateChat> chat = user.matches() ? chats.find(Long.parseLong(user.group(1))) : Optional.empty();
        if (chat.isEmpty()) {
            writeError(exchange, 404, "no such user");
            return;
        }
        ObjectNode json = TelegramJson.object();
        json.set("commands", commands.forPrivateChat(chat.get().user()));
        writeJson(exchange, 200, json);
    }

    /** Server-sent events: the whole state first, then every change, and a comment now and then to notice a closed page. */
    private void stream(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (PageEvents.Subscription subscription = events.subscribe(); OutputStream out = exchange.getResponseBody()) {
            writeEvent(out, new PageEvents.Event("state", state()));
            while (true) {
                Optional<PageEvents.Event> event = subscription.next(HEARTBEAT);
                if (event.isPresent() && event.get() == PageEvents.Event.END) {
                    return;
                }
                if (event.isPresent()) {
                    writeEvent(out, event.get());
                } else {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (IOException pageClosed) {
            log.debug("sandbox page stopped listening: {}", pageClosed.toString());
        }
    }

    private static void writeEvent(OutputStream out, PageEvents.Event event) throws IOException {
        // compact JSON holds no line break, so one data line carries it
        String text = "event: " + event.name() + "\ndata: " + TelegramJson.MAPPER.writeValueAsString(event.data()) + "\n\n";
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void addUser(HttpExchange exchange) throws IOException {
        JsonNode body = jsonBody(exchange);
        String firstName = body.path("firstName").asText("").strip();
        String language = body.path("languageCode").asText("");
        if (firstName.isEmpty() || firstName.length() > NAME_LIMIT) {
            throw new BadRequest("firstName must have 1 to " + NAME_LIMIT + " characters");
        }
        if (!LANGUAGES.contains(language)) {
            throw new BadRequest("languageCode must be one of " + LANGUAGES);
        }
        // a name already playing is the same user: the page shows one chat per person
        PrivateChat chat = chats.openNamed(firstName, language);
        writeJson(exchange, 200, chat.pageView());
    }

    /** {@code {"by": "PT1H"}}: moves the program's time forward by an ISO-8601 duration; every page shows the new time. */
    private void moveClock(HttpExchange exchange) throws IOException {
        if (!clock.movable()) {
            writeError(exchange, 409, "this program's clock cannot be moved");
            return;
        }
        String by = jsonBody(exchange).path("by").asText("");
        Duration step;
        try {
            step = Duration.parse(by);
        } catch (java.time.format.DateTimeParseException notADuration) {
            throw new BadRequest("by must be an ISO-8601 duration such as PT1H or P1D");
        }
        clock.advance(step);
        log.info("sandbox clock moved forward by={} now={}", step, clock.clock().instant());
        events.clockMoved(clock::json);
        writeJson(exchange, 200, clock.json());
    }

    /** {@code {"rateLimits": true, "latencyMillis": 300}}, either or both: turns the realism switches; every page shows them. */
    private void switchRealism(HttpExchange exchange) throws IOException {
        JsonNode body = jsonBody(exchange);
        JsonNode rateLimits = body.path("rateLimits");
        JsonNode latency = body.path("latencyMillis");
        if (!rateLimits.isMissingNode() && !rateLimits.isBoolean()) {
            throw new BadRequest("rateLimits must be true or false");
        }
        if (!latency.isMissingNode() && !(latency.canConvertToLong() && latency.asLong() >= 0 && latency.asLong() <= LATENCY_LIMIT.toMillis())) {
            throw new BadRequest("latencyMillis must be a whole number from 0 to " + LATENCY_LIMIT.toMillis());
        }
        if (rateLimits.isBoolean()) {
            realism.rateLimits(rateLimits.asBoolean());
        }
        if (!latency.isMissingNode()) {
            realism.latency(Duration.ofMillis(latency.asLong()));
        }
        log.info("sandbox realism switched {}", realism.json());
        events.realismChanged(realism::json);
        writeJson(exchange, 200, realism.json());
    }

    private static void sendText(HttpExchange exchange, TelegramUser user) throws IOException {
        String text = jsonBody(exchange).path("text").asText("");
        if (text.isBlank() || text.length() > MessageRules.TEXT_LIMIT) {
            throw new BadRequest("text must have 1 to " + MessageRules.TEXT_LIMIT + " characters");
        }
        user.sendText(text);
        write(exchange, 204, new byte[0]);
    }

    private static void press(HttpExchange exchange, PrivateChat chat) throws IOException {
        JsonNode body = jsonBody(exchange);
        if (!body.path("messageId").canConvertToLong() || !body.path("row").isInt() || !body.path("column").isInt()) {
            throw new BadRequest("a press needs messageId, row and column");
        }
        Optional<String> url = chat.pressAt(body.get("messageId").asLong(), body.get("row").asInt(), body.get("column").asInt());
        ObjectNode answer = TelegramJson.object();
        url.ifPresentOrElse(link -> answer.put("url", link), () -> answer.putNull("url"));
        writeJson(exchange, 200, answer);
    }

    /**
     * {@code {"fileId"}}: the user points their phone's camera at that picture. A QR code holding
     * a start link of this bot opens the bot's chat as Telegram would, with {@code /start <payload>}
     * from this user; any other QR code's text is handed back for the page to show or open.
     */
    private void scan(HttpExchange exchange, TelegramUser user) throws IOException {
        Optional<StoredFile> picture = files.byId(jsonBody(exchange).path("fileId").asText(""));
        if (picture.isEmpty()) {
            writeError(exchange, 404, "no such picture");
            return;
        }
        Optional<String> text = QrCodeReader.read(picture.get().bytes());
        if (text.isEmpty()) {
            writeError(exchange, 422, "no QR code found in this picture");
            return;
        }
        Optional<String> payload = DeepLink.startPayload(text.get(), bot);
        payload.ifPresent(start -> user.sendText("/start " + start));
        log.info("sandbox user scanned a QR code user={} opened={}", user.id(), payload.isPresent());
        ObjectNode answer = TelegramJson.object();
        answer.put("text", text.get());
        answer.put("opened", payload.isPresent());
        writeJson(exchange, 200, answer);
    }

    private static void upload(HttpExchange exchange, TelegramUser user) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String fileName = query.getOrDefault("name", "").strip();
        if (fileName.isEmpty() || fileName.length() > 255) {
            throw new BadRequest("name must have 1 to 255 characters");
        }
        byte[] bytes = exchange.getRequestBody().readNBytes(UPLOAD_LIMIT + 1);
        if (bytes.length == 0 || bytes.length > UPLOAD_LIMIT) {
            throw new BadRequest("a file must have 1 byte to 20 MB");
        }
        if (query.getOrDefault("as", "document").equals("photo")) {
            user.sendPhoto(bytes);
        } else {
            String mimeType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .filter(type -> type.matches("[\\w.+-]+/[\\w.+-]+")).orElse("application/octet-stream");
            user.sendDocument(fileName, mimeType, bytes);
        }
        write(exchange, 204, new byte[0]);
    }

    /** Photos show in the page; documents only download, so nothing a user sent runs as a page of this origin. */
    private void file(HttpExchange exchange, String fileId) throws IOException {
        Optional<StoredFile> file = files.byId(fileId);
        if (file.isEmpty()) {
            writeError(exchange, 404, "no such file");
            return;
        }
        if (file.get().kind() == Attachment.Kind.PHOTO) {
            exchange.getResponseHeaders().set("Content-Type", file.get().mimeType());
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(file.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        write(exchange, 200, file.get().bytes());
    }

    private void staticFile(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = PageHandler.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page resource " + name + " is missing from the sandbox jar");
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            write(exchange, 200, in.readAllBytes());
        }
    }

    private static JsonNode jsonBody(HttpExchange exchange) throws IOException {
        try {
            JsonNode body = TelegramJson.MAPPER.readTree(exchange.getRequestBody().readNBytes(MessageRules.TEXT_LIMIT * 8));
            if (body == null || !body.isObject()) {
                throw new BadRequest("the body must be a JSON object");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
            throw new BadRequest("the body must be a JSON object");
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void writeError(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode json = TelegramJson.object();
        json.put("error", message);
        writeJson(exchange, status, json);
    }

    private static void writeJson(HttpExchange exchange, int status, JsonNode json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        write(exchange, status, TelegramJson.MAPPER.writeValueAsBytes(json));
    }

    private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A request the page should not have sent: answered 400 with the reason. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String why) {
            super(why);
        }
    }
}
