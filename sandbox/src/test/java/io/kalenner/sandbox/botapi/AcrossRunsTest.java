package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stand-in for a person's sandbox, whose bot keeps its database from one run to the next. */
class AcrossRunsTest {

    private final BotApiServer server = BotApiServer.startAcrossRuns("555:across-runs", 0);
    private final RawBot bot = new RawBot(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenAStandInAcrossRuns_whenUsersWrite_thenUpdateIdsFollowTheClockAndStillRiseByOne() {
        long idOfTheClock = (System.currentTimeMillis() - 1_735_689_600_000L) / 250;
        TelegramUser anna = server.userNamed("Anna", "ru");

        anna.sendText("one");
        anna.sendText("two");

        JsonNode updates = bot.call("getUpdates", Map.of()).result();
        long first = updates.get(0).get("update_id").asLong();
        assertThat(first).isBetween(idOfTheClock, Integer.MAX_VALUE - 1L);
        assertThat(updates.get(1).get("update_id").asLong()).isEqualTo(first + 1);
    }

    @Test
    void givenAStandInAcrossRuns_whenTheBotWritesToANamedUserFirst_thenItMayAsTheyStartedItInAnEarlierRun() {
        TelegramUser anna = server.userNamed("Anna", "ru");
        TelegramUser stranger = server.newUser("Stranger", "ru");

        RawBot.Reply toAnna = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "Your appointment is accepted"));
        RawBot.Reply toStranger = bot.call("sendMessage", Map.of("chat_id", stranger.id(), "text", "Hello"));

        assertThat(toAnna.status()).isEqualTo(200);
        assertThat(anna.lastBotMessage().text()).isEqualTo("Your appointment is accepted");
        assertThat(toStranger.status()).isEqualTo(403);
    }

    @Test
    void givenAnOrdinaryStandIn_whenTheBotWritesToANamedUserFirst_thenItIsRefusedAsUsual() {
        try (BotApiServer ordinary = BotApiServer.start("555:ordinary")) {
            TelegramUser anna = ordinary.userNamed("Anna", "ru");

            RawBot.Reply reply = new RawBot(ordinary).call("sendMessage", Map.of("chat_id", anna.id(), "text", "Hello"));

            assertThat(reply.status()).isEqualTo(403);
            ordinary.clearViolations();
        }
    }
}
