package io.kalenner.adapter.telegram.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.BookingCore;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.time.TimeSetting;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Настройки} → {@code Часовой пояс}: an offset button, a region zone, or the local time typed. */
class SettingsFlowTest {

    private static final String TOKEN = "7373:settings";
    /** Monday 30.11.2026 06:00 UTC: 09:00 in the default UTC+03:00, 11:45 in Kathmandu's +05:45. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

    private BotApiServer telegram;
    private BookingCore core;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        telegram = BotApiServer.start(TOKEN);
        core = new BookingCore(InMemoryPorts.create(CLOCK));
        bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, CLOCK);
    }

    @AfterEach
    void stop() {
        try {
            telegram.assertNoViolations();
        } finally {
            bot.close();
            telegram.close();
        }
    }

    @Test
    void everyOffsetIsAButtonWithItsCitiesAndLocalTimeAndOnePressSetsIt() {
        TelegramUser vera = user("Вера", "ru");
        vera.pressReplyButton("Настройки");
        assertThat(vera.awaitBotText("Настройки").text()).contains("Часовой пояс: UTC+03:00 (у вас сейчас 09:00)");

        vera.pressButton("Часовой пояс");

        ChatMessage offsets = vera.awaitBotText("Выберите смещение от UTC");
        assertThat(offsets.text()).contains("UTC+05:45  11:45  Катманду", "UTC-09:30  20:30", "UTC+14:00  20:00");
        assertThat(buttons(offsets)).hasSize(38 + 3).contains("UTC-12:00", "UTC+03:30", "UTC+05:45", "UTC+12:45", "UTC+14:00",
                "🌍 Регион (летнее время)", "🕒 Ввести местное время", "« Настройки");

        vera.pressButton("UTC+05:45");

        assertThat(vera.awaitCallbackAnswer().text()).isEqualTo("Часовой пояс: UTC+05:45. Сейчас у вас 11:45.");
        assertThat(vera.awaitBotText("Часовой пояс: UTC+05:45 (у вас сейчас 11:45)").text()).startsWith("Настройки");
        assertThat(setting(vera)).isEqualTo(TimeSetting.fromCode("+05:45"));
    }

    @Test
    void anOffsetPressedTwiceFastIsSetOnceAndTheScreenEditedOnce() {
        TelegramUser vera = openTimeZones("Вера", "ru");

        vera.pressButtonTwice("UTC+05:45");

        assertThat(vera.awaitCallbackAnswer().text()).isEqualTo("Часовой пояс: UTC+05:45. Сейчас у вас 11:45.");
        vera.awaitBotText("Часовой пояс: UTC+05:45 (у вас сейчас 11:45)");
        assertThat(setting(vera)).isEqualTo(TimeSetting.fromCode("+05:45"));
        assertThat(vera.messages()).filteredOn(m -> m.fromBot() && m.text().startsWith("Настройки")).hasSize(1);
    }

    @Test
    void theLocalTimeTypedGivesTheOffsetShownBackForConfirmation() {
        TelegramUser vera = askedForTheTime("Вера", "ru");

        vera.sendText("11:44");

        ChatMessage confirmation = vera.awaitBotText("На ваших часах 11:44: это UTC+05:45. Верно?");
        assertThat(buttons(confirmation)).containsExactly("✅ UTC+05:45 — 30.11.2026 11:45", "🕒 Ввести местное время", "« Часовой пояс");
        assertThat(setting(vera)).isEqualTo(TimeSetting.DEFAULT); // nothing changes before the confirmation

        vera.pressButton("✅ UTC+05:45 — 30.11.2026 11:45");

        assertThat(vera.awaitCallbackAnswer().text()).isEqualTo("Часовой пояс: UTC+05:45. Сейчас у вас 11:45.");
        vera.awaitBotText("Часовой пояс: UTC+05:45 (у вас сейчас 11:45)");
        assertThat(setting(vera)).isEqualTo(TimeSetting.fromCode("+05:45"));
    }

    @Test
    void aTimeThatIsNoClockTimeIsAskedAgainAndChangesNothing() {
        TelegramUser vera = askedForTheTime("Вера", "ru");

        vera.sendText("половина третьего");
        vera.awaitBotText("Не понял время. Напишите его часами и минутами, например 14:35.");
        vera.sendText("25:70");
        vera.awaitBotText("Не понял время.");

        assertThat(setting(vera)).isEqualTo(TimeSetting.DEFAULT);
        vera.sendText("/start");
        assertThat(vera.awaitBotMessage(m -> !m.replyKeyboard().isEmpty()).replyKeyboard().toString()).contains("Настройки");
    }

    @Test
    void aRegionZoneIsChosenByItsButtonOrTypedAndAnUnknownOneIsRefused() {
        TelegramUser vera = openTimeZones("Вера", "ru");
        vera.pressButton("🌍 Регион (летнее время)");
        ChatMessage regions = vera.awaitBotText("Выберите регион");
        assertThat(buttons(regions)).contains("Europe/Berlin (UTC+01:00)", "Europe/Moscow (UTC+03:00)", "Asia/Yekaterinburg (UTC+05:00)");

        vera.sendText("Europe/Berlni");
        vera.awaitBotText("Такого часового пояса нет.");
        assertThat(setting(vera)).isEqualTo(TimeSetting.DEFAULT);

        vera.sendText("america/new_york");
        vera.awaitBotText("Часовой пояс: America/New_York (UTC-05:00). Сейчас у вас 01:00.");
        assertThat(setting(vera)).isEqualTo(TimeSetting.fromCode("America/New_York"));

        vera.pressReplyButton("Настройки");
        vera.awaitBotText("Часовой пояс: America/New_York (UTC-05:00) (у вас сейчас 01:00)");
        vera.pressButton("Часовой пояс");
        vera.awaitBotText("Выберите смещение от UTC");
        vera.pressButton("🌍 Регион (летнее время)");
        vera.awaitBotText("Выберите регион");
        vera.pressButton("Europe/Berlin (UTC+01:00)");

        assertThat(vera.awaitCallbackAnswer().text()).isEqualTo("Часовой пояс: Europe/Berlin (UTC+01:00). Сейчас у вас 07:00.");
        assertThat(setting(vera)).isEqualTo(TimeSetting.fromCode("Europe/Berlin"));
    }

    @Test
    void nearTheDateLineTheTypedTimeOffersBothOffsetsWithTheirDates() {
        TelegramUser walter = askedForTheTime("Walter", "en");

        walter.sendText("19:00");

        ChatMessage confirmation = walter.awaitBotText("Your clock shows 19:00. That is one of two offsets");
        assertThat(buttons(confirmation)).startsWith("✅ UTC+13:00 — 30.11.2026 19:00", "✅ UTC-11:00 — 29.11.2026 19:00");

        walter.pressButton("✅ UTC-11:00 — 29.11.2026 19:00");

        assertThat(walter.awaitCallbackAnswer().text()).isEqualTo("Time zone: UTC-11:00. Your time now: 19:00.");
        walter.awaitBotText("Time zone: UTC-11:00 (your time now: 19:00)");
        assertThat(setting(walter)).isEqualTo(TimeSetting.fromCode("-11:00"));
    }

    @Test
    void aMenuButtonWhileTheTimeIsAskedLeavesTheQuestion() {
        TelegramUser walter = askedForTheTime("Walter", "en");

        walter.pressReplyButton("Settings");
        walter.awaitBotText("Time zone: UTC+03:00");
        walter.sendText("11:44");

        walter.awaitBotText("I did not understand that.");
        assertThat(setting(walter)).isEqualTo(TimeSetting.DEFAULT);
    }

    private TelegramUser user(String name, String language) {
        TelegramUser user = telegram.newUser(name, language);
        user.sendText("/start");
        // the bot's first poll can take seconds on a busy machine
        user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty(), java.time.Duration.ofSeconds(30));
        return user;
    }

    private TelegramUser openTimeZones(String name, String language) {
        TelegramUser user = user(name, language);
        user.pressReplyButton(language.equals("ru") ? "Настройки" : "Settings");
        user.awaitBotText(language.equals("ru") ? "Настройки" : "Settings");
        user.pressButton(language.equals("ru") ? "Часовой пояс" : "Time zone");
        user.awaitBotText("UTC+05:45");
        return user;
    }

    /** The user pressed the button to type the local time, and was asked for it. */
    private TelegramUser askedForTheTime(String name, String language) {
        TelegramUser user = openTimeZones(name, language);
        user.pressButton(language.equals("ru") ? "🕒 Ввести местное время" : "🕒 Type your local time");
        user.awaitBotText(language.equals("ru") ? "Сколько сейчас времени на ваших часах?" : "What time does your clock show now?");
        return user;
    }

    private TimeSetting setting(TelegramUser user) {
        return core.ports().accounts().findByTelegramUser(new TelegramUserId(user.id())).map(Account::timeSetting).get();
    }

    private static java.util.List<String> buttons(ChatMessage message) {
        return message.inlineButtonLabels().stream().flatMap(java.util.List::stream).toList();
    }
}
