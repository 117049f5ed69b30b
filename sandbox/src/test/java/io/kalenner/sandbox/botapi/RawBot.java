package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A bot reduced to raw HTTP calls, to see exactly what the stand-in answers. */
final class RawBot {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Daemon threads, so a poll a failed test left hanging cannot keep the JVM alive. */
    private static final ExecutorService POLLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "raw-bot-poll");
        thread.setDaemon(true);
        return thread;
    });

    /** One client for all tests: each JDK client keeps a selector thread until it is collected. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String token;

    RawBot(BotApiServer server) {
        this(server, server.token());
    }

    RawBot(BotApiServer server, String token) {
        this.baseUrl = server.baseUrl();
        this.token = token;
    }

    record Reply(int status, JsonNode body) {

        JsonNode result() {
            return body.get("result");
        }

        String description() {
            return body.path("description").asText();
        }
    }

    Reply call(String method, Map<String, ?> params) {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(params))).build());
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** The call on another thread, for a long poll the test wants to race. */
    CompletableFuture<Reply> callAsync(String method, Map<String, ?> params) {
        return CompletableFuture.supplyAsync(() -> call(method, params), POLLS);
    }

    Reply callForm(String method, String urlEncodedBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody)).build());
    }

    Reply callGet(String method, String query) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method + "?" + query)).GET().build());
    }

    Reply callMultipart(String method, String boundary, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    byte[] download(String filePath) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/file/bot" + token + "/" + filePath)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download of " + filePath + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
