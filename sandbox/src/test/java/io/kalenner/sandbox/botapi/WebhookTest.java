package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While a webhook is set the stand-in posts each update to it, with the secret, until it answers 2xx. */
class WebhookTest {

    private final BotApiServer server = BotApiServer.start("123:webhook");
    private final RawBot bot = new RawBot(server);
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final List<JsonNode> posted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private final HttpServer webhook = webhookServer();

    @AfterEach
    void stop() {
        server.close();
        webhook.stop(0);
    }

    private HttpServer webhookServer() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int status = failuresToGo.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 500 : 200;
                if (status == 200) {
                    secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token")));
                    posted.add(new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8)));
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException cannotListen) {
            throw new java.io.UncheckedIOException(cannotListen);
        }
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
    }

    @Test
    void anUpdateIsPostedToTheWebhookWithItsSecretAndThenForgotten() {
        // given
        bot.call("setWebhook", Map.of("url", hookUrl(), "secret_token", "my_Secret-1"));
        TelegramUser anna = server.newUser("Anna", "ru");

        // when
        anna.sendText("hello");

        // then
        await().until(() -> posted.size() == 1);
        assertThat(posted.get(0).at("/message/text").asText()).isEqualTo("hello");
        assertThat(secrets).containsExactly("my_Secret-1");
        await().until(() -> server.pendingUpdates() == 0);
        assertThat(bot.call("getWebhookInfo", Map.of()).result().get("url").asText()).isEqualTo(hookUrl());
        server.assertNoViolations();
    }

    @Test
    void anUpdateTheWebhookRefusesIsPostedAgainAndTheOrderIsKept() {
        // given
        failuresToGo.set(2);
        bot.call("setWebhook", Map.of("url", hookUrl(), "secret_token", "s"));
        TelegramUser anna = server.newUser("Anna", "ru");

        // when
        anna.sendText("one");
        anna.sendText("two");

        // then
        await().until(() -> posted.size() == 2);
        assertThat(posted).extracting(update -> update.at("/message/text").asText()).containsExactly("one", "two");
        server.assertNoViolations();
    }

    @Test
    void afterDeleteWebhookUpdatesWaitForGetUpdatesAgain() {
        // given
        bot.call("setWebhook", Map.of("url", hookUrl(), "secret_token", "s"));
        bot.call("deleteWebhook", Map.of());
        TelegramUser anna = server.newUser("Anna", "ru");

        // when
        anna.sendText("polled");

        // then
        RawBot.Reply polled = bot.call("getUpdates", Map.of());
        assertThat(polled.result()).hasSize(1);
        assertThat(posted).isEmpty();
        server.assertNoViolations();
    }

    @Test
    void aSecretWithForbiddenCharactersIsRefused() {
        // when
        RawBot.Reply refused = bot.call("setWebhook", Map.of("url", hookUrl(), "secret_token", "no spaces!"));

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(server.webhookUrl()).isEmpty();
        server.clearViolations();
    }
}
