package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** What the sandbox page's JavaScript does, as plain HTTP calls: its JSON API and its event stream. */
final class PageClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String pageUrl;

    PageClient(BotApiServer server) {
        this.pageUrl = server.pageUrl();
    }

    record Answer(int status, HttpResponse<byte[]> response) {

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(pageUrl + path)).GET().build());
    }

    Answer post(String path, Map<String, ?> body) {
        return send(action(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json(body))).build());
    }

    JsonNode addUser(String firstName, String languageCode) {
        Answer answer = post("api/users", Map.of("firstName", firstName, "languageCode", languageCode));
        if (answer.status() != 200) {
            throw new AssertionError("adding a user answered " + answer.status() + " " + answer.text());
        }
        return answer.json();
    }

    Answer sendText(long userId, String text) {
        return post("api/users/" + userId + "/messages", Map.of("text", text));
    }

    Answer press(long userId, long messageId, int row, int column) {
        return post("api/users/" + userId + "/presses", Map.of("messageId", messageId, "row", row, "column", column));
    }

    Answer upload(long userId, String kind, String fileName, String mimeType, byte[] bytes) {
        return send(action("api/users/" + userId + "/files?as=" + kind + "&name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8))
                .header("Content-Type", mimeType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** Opens the page's event stream; close it at the end of the test. */
    EventStream events() {
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(pageUrl + "api/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            return new EventStream(response);
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    record Event(String name, JsonNode data) {
    }

    /** Server-sent events read on a thread of their own, to be awaited one by one. */
    static final class EventStream implements AutoCloseable {

        private final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final List<Event> seen = new ArrayList<>();

        EventStream(HttpResponse<InputStream> response) {
            this.response = response;
            Thread reader = new Thread(this::read, "page-events");
            reader.setDaemon(true);
            reader.start();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        /** The next event with this name whose data matches, skipping others; fails after five seconds. */
        Event await(String name, Predicate<JsonNode> wanted) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            try {
                while (true) {
                    Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (event == null) {
                        throw new AssertionError("no \"" + name + "\" event as wanted within 5 s; seen: " + seen);
                    }
                    seen.add(event);
                    if (event.name().equals(name) && wanted.test(event.data())) {
                        return event;
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event: ")) {
                        name = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring("data: ".length()));
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(name, JSON.readTree(data.toString())));
                        name = "message";
                        data.setLength(0);
                    }
                }
            } catch (IOException streamEnded) {
                // the test closed the stream, or the server stopped
            }
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // closing only
            }
        }
    }

    private HttpRequest.Builder action(String path) {
        return HttpRequest.newBuilder(URI.create(pageUrl + path)).header(PageHandler.ACTION_HEADER, "test").timeout(Duration.ofSeconds(10));
    }

    private static byte[] json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
