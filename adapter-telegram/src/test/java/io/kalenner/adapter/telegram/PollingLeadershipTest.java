package io.kalenner.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.application.BookingCore;
import io.kalenner.application.inmemory.InMemoryPollingLease;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two bots on one store compete for the polling lease: one polls, the other stands by and takes over. */
class PollingLeadershipTest {

    private static final String TOKEN = "7474:leadership";

    private final BotApiServer telegram = BotApiServer.start(TOKEN);
    private final BookingCore core = new BookingCore(InMemoryPorts.create(Clock.systemUTC()));
    private final InMemoryPollingLease lease = new InMemoryPollingLease();
    private TelegramBot first;
    private TelegramBot second;

    @AfterEach
    void stop() {
        try {
            telegram.assertNoViolations();
        } finally {
            second.close();
            telegram.close();
        }
    }

    @Test
    void onlyTheLeaseHolderPollsAndTheOtherTakesOverWhenItStops() throws Exception {
        // given two bots competing for one lease, the first started first
        first = start(lease);
        second = start(lease.rival());

        // then the first polls and answers, and the second stands by
        assertThat(first.isTakingUpdates()).isTrue();
        assertThat(second.isTakingUpdates()).isFalse();
        assertThat(second.isStandingBy()).isTrue();
        TelegramUser before = telegram.newUser("Ира", "ru");
        before.sendText("/start");
        before.awaitBotText("Добро пожаловать");

        // when the first stops, and a user writes meanwhile
        first.close();
        TelegramUser meanwhile = telegram.newUser("Оля", "ru");
        meanwhile.sendText("/start");

        // then the second polls within seconds and answers, every update once
        await().atMost(Duration.ofSeconds(5)).until(second::isTakingUpdates);
        assertThat(second.isStandingBy()).isFalse();
        meanwhile.awaitBotText("Добро пожаловать");
        assertThat(welcomes(before)).isEqualTo(1);
        assertThat(welcomes(meanwhile)).isEqualTo(1);
    }

    @Test
    void aHolderThatLosesTheLeaseStopsPolling() throws Exception {
        // given a bot polling with the lease
        first = start(lease);
        second = first;

        // when its hold ends behind its back
        lease.release();

        // then it stops polling within seconds, and takes the free lease again at the next check
        await().atMost(Duration.ofSeconds(5)).until(() -> !first.isTakingUpdates());
        await().atMost(Duration.ofSeconds(5)).until(first::isTakingUpdates);
    }

    private TelegramBot start(InMemoryPollingLease holder) throws Exception {
        return TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, Clock.systemUTC(),
                UpdateSource.polling(holder), BotEvents.NONE);
    }

    private static long welcomes(TelegramUser user) {
        return user.messages().stream().filter(ChatMessage::fromBot).filter(m -> m.text().startsWith("Добро пожаловать")).count();
    }
}
