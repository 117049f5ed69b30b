package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest {

    private static final String SECRET = "s3cret_Token-1";
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean taking = new AtomicBoolean(true);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WebServer server = WebServer.start(0,
            new Operations(() -> "# TYPE kalenner_demo_total counter\nkalenner_demo_total 3.0\n", ready::get,
                    Option.some(new WebhookEndpoint("/telegram/webhook", SECRET, this::receive))));

    @AfterEach
    void stop() {
        server.close();
    }

    private void receive(String body) {
        if (!taking.get()) {
            throw new IllegalStateException("the bot has stopped");
        }
        if (!body.startsWith("{")) {
            throw new IllegalArgumentException("not a Telegram update");
        }
        received.add(body);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Test
    void readinessAnswers503UntilTheProgramIsReadyAnd200Then() throws Exception {
        // when
        HttpResponse<String> before = get("/ready");
        ready.set(true);
        HttpResponse<String> after = get("/ready");
        ready.set(false);
        HttpResponse<String> lost = get("/ready");

        // then
        assertThat(before.statusCode()).isEqualTo(503);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).isEqualTo("{\"status\":\"READY\"}");
        assertThat(lost.statusCode()).isEqualTo(503);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreServedAsPrometheusText() throws Exception {
        // when
        HttpResponse<String> metrics = get("/metrics");

        // then
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("kalenner_demo_total 3.0");
    }

    @Test
    void aWebhookRequestWithoutTheSecretIsRefusedWith401AndReachesNothing() throws Exception {
        // when
        HttpResponse<String> missing = post("/telegram/webhook", "{\"update_id\":1}", null);
        HttpResponse<String> wrong = post("/telegram/webhook", "{\"update_id\":2}", SECRET + "x");
        HttpResponse<String> prefix = post("/telegram/webhook", "{\"update_id\":3}", SECRET.substring(0, 5));

        // then
        assertThat(List.of(missing.statusCode(), wrong.statusCode(), prefix.statusCode())).containsOnly(401);
        assertThat(received).isEmpty();
    }

    @Test
    void aWebhookRequestWithTheSecretIsHandedOn() throws Exception {
        // when
        HttpResponse<String> accepted = post("/telegram/webhook", "{\"update_id\":7}", SECRET);

        // then
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(received).containsExactly("{\"update_id\":7}");
    }

    @Test
    void aWebhookRequestWhileTheBotTakesNoUpdatesIsAnswered503SoTelegramSendsItAgain() throws Exception {
        // given
        taking.set(false);

        // when
        HttpResponse<String> deferred = post("/telegram/webhook", "{\"update_id\":8}", SECRET);

        // then
        assertThat(deferred.statusCode()).isEqualTo(503);
        assertThat(received).isEmpty();
    }

    @Test
    void aWebhookRequestThatCarriesNoUpdateIsRefusedWith400() throws Exception {
        // when
        HttpResponse<String> garbage = post("/telegram/webhook", "garbage", SECRET);

        // then
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(received).isEmpty();
    }
}
