package io.kalenner.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.BookingCore;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping the bot while it is answering: what it was saying is said once, not lost and not repeated. */
class BotShutdownTest {

    private static final String TOKEN = "7575:shutdown";

    private final BotApiServer telegram = BotApiServer.start(TOKEN);

    @AfterEach
    void stop() {
        try {
            telegram.assertNoViolations();
        } finally {
            telegram.close();
        }
    }

    @Test
    void aBotStoppedWhileItsAnswerIsOnTheWayBackDoesNotSendItAgain() throws Exception {
        // given a bot behind a slow network, answering a user
        TelegramBot bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())),
                new BookingCore(InMemoryPorts.create(Clock.systemUTC())), Clock.systemUTC());
        telegram.latency(Duration.ofSeconds(1));
        TelegramUser user = telegram.newUser("Ира", "ru");
        user.sendText("/start");

        // when the bot stops after Telegram took its answer, before the bot heard back
        user.awaitBotText("Добро пожаловать");
        bot.close();

        // then the user got that answer once
        assertThat(user.messages().stream().filter(ChatMessage::fromBot).map(ChatMessage::text))
                .singleElement().asString().startsWith("Добро пожаловать");
    }
}
