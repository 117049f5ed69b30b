package io.kalenner.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.notification.NotificationDelivery;
import io.kalenner.application.BookingCore;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The router on its own, fed updates by hand, talking to the Bot API stand-in. */
class UpdateRouterTest {

    private static final String TOKEN = "777:router";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-07T06:00:00Z"), ZoneOffset.UTC);

    private BotApiServer telegram;
    private OkHttpClient http;
    private BookingCore core;
    private UpdateRouter router;

    @BeforeEach
    void start() {
        telegram = BotApiServer.start(TOKEN);
        http = new OkHttpClient();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, TOKEN,
                new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
        Outgoing outgoing = new Outgoing(client);
        core = new BookingCore(InMemoryPorts.create(CLOCK));
        RequestAnswers answers = new RequestAnswers(core, outgoing);
        router = new UpdateRouter(core, outgoing, CLOCK, new NotificationDelivery(core, outgoing, answers, CLOCK), answers,
                new InvitationLinks("kalenner_bot"));
    }

    @AfterEach
    void stop() {
        telegram.assertNoViolations();
        telegram.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void anUpdateDeliveredAgainIsNotActedOnTwice() throws Exception {
        // given a user who wrote to the bot, and the update of their /start
        TelegramUser anna = telegram.newUser("Анна", "ru");
        anna.sendText("hello");
        Update start = startFrom(anna, 1001);

        // when the same update arrives twice, once in a batch with a new one
        take(List.of(start));
        take(List.of(startFrom(anna, 1001), startFrom(anna, 1002)));

        // then the bot answered the first and the new one only
        assertThat(anna.messages().stream().filter(ChatMessage::fromBot)).hasSize(2);
        assertThat(core.ports().accounts().findByTelegramUser(new TelegramUserId(anna.id()))).isNotEmpty();
    }

    private void take(List<Update> delivered) {
        router.firstReceived(delivered).forEach(router::handle);
    }

    private static Update startFrom(TelegramUser user, long updateId) throws Exception {
        String json = """
                {"update_id": %d,
                 "message": {"message_id": %d, "date": 1893456000, "text": "/start",
                   "chat": {"id": %d, "type": "private", "first_name": "%s"},
                   "from": {"id": %d, "is_bot": false, "first_name": "%s", "language_code": "%s"},
                   "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
                """.formatted(updateId, updateId, user.id(), user.firstName(), user.id(), user.firstName(), user.languageCode());
        return new ObjectMapper().readValue(json, Update.class);
    }
}
