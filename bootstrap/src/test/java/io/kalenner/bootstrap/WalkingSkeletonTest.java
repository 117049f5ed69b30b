package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin vertical slice on real parts: the real telegrambots client talks HTTP to the sandbox's
 * Bot API stand-in, and the use cases keep their data in an embedded PostgreSQL. A specialist's invitation link
 * brings a client in; the client requests an appointment through the buttons; the specialist is
 * notified and accepts; the client is notified.
 */
class WalkingSkeletonTest {

    private static final String TOKEN = "4242:walking-skeleton";
    /** Monday 2026-11-30 06:00 UTC: 09:00 in the specialist's and the client's UTC+03:00. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);
    private static final Pattern INVITATION_LINK = Pattern.compile("https://t\\.me/([A-Za-z0-9_]+)\\?start=([A-Za-z0-9_-]{1,64})");

    @TempDir
    static Path dataDirectory;

    private static PostgresPersistence database;
    private static BotApiServer telegram;
    private static Kalenner kalenner;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresPersistence.embeddedNotDurable(dataDirectory);
        telegram = BotApiServer.start(TOKEN);
        kalenner = Kalenner.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), database.ports(new RandomIdGenerator(), CLOCK));
    }

    @AfterEach
    void everyBotApiCallWasValid() {
        telegram.assertNoViolations();
    }

    @AfterAll
    static void stop() {
        kalenner.close();
        telegram.close();
        database.close();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(Thread::isAlive)
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("kalenner") || name.startsWith("botapi-")
                        || name.startsWith("OkHttp") && !name.equals("OkHttp TaskRunner")));
    }

    @Test
    void aClientInvitedByLinkBooksAndTheSpecialistAccepts() {
        TelegramUser specialistUser = telegram.newUser("Анна", "ru");
        TelegramUser client = telegram.newUser("Борис", "ru");
        BookingCore core = kalenner.core();
        Account specialist = specialistWithServiceAndHours(core, specialistUser);
        // as on real Telegram, a bot may write only to users who wrote to it first
        specialistUser.sendText("/start");
        specialistUser.awaitBotMessage(m -> m.text().contains("Kalenner"));

        String link = kalenner.bot().invitationLink(core.createClientInvitation().create(specialist.id()).get().code());
        var matcher = INVITATION_LINK.matcher(link);
        assertThat(matcher.matches()).as(link).isTrue();
        assertThat(matcher.group(1)).isEqualTo(kalenner.bot().username());

        client.sendText("/start " + matcher.group(2));
        client.awaitBotMessage(m -> m.text().contains("Анна") && m.text().contains("Настройки"));
        assertThat(menuOf(client)).contains("Запросить запись", "Записи", "Список специалистов",
                "Настройки", "Варианты регистрации", "Поддержка");

        client.pressReplyButton("Запросить запись");
        client.awaitBotMessage(m -> m.text().contains("Выберите специалиста"));
        client.pressButton("👤 Анна");
        client.awaitBotMessage(m -> m.text().contains("Выберите услугу"));
        client.pressButton("Консультация · 60 мин · 3000 ₽");
        client.awaitBotMessage(m -> m.text().contains("Выберите дату"));
        client.pressButton("Вт 01.12");
        client.awaitBotMessage(m -> m.text().contains("выберите время"));
        client.pressButton("10:00");
        client.awaitBotMessage(m -> m.text().contains("Проверьте запись") && m.text().contains("01.12.2026 10:00"));
        client.pressButton("Подтвердить");
        client.awaitBotMessage(m -> m.text().contains("Запрос отправлен") && m.text().contains("🟡 Ожидает"));

        specialistUser.awaitBotMessage(m -> m.text().contains("Новая заявка") && m.text().contains("Борис") && m.text().contains("01.12.2026 10:00"));
        specialistUser.pressButton("Принять");
        specialistUser.awaitBotMessage(m -> m.text().contains("🟢 Принято"));

        client.awaitBotMessage(m -> m.text().contains("подтверждена") && m.text().contains("🟢 Принято"));
        assertThat(core.viewAppointment().upcomingOfClient(accountOf(core, client).id()))
                .singleElement()
                .satisfies(view -> assertThat(view.appointment().status()).isEqualTo(AppointmentStatus.ACCEPTED));
    }

    @Test
    void aStartWithABadPayloadExplainsAndCreatesOnlyTheAccount() {
        for (String payload : new String[] {"unknown-code", "bad payload!", "x".repeat(65), "'; drop table accounts; --"}) {
            TelegramUser stranger = telegram.newUser("Гость", "ru");

            stranger.sendText("/start " + payload);

            stranger.awaitBotMessage(m -> m.text().contains("приглашение"));
            assertThat(menuOf(stranger)).contains("Запросить запись", "Поддержка");
            Account account = accountOf(kalenner.core(), stranger);
            assertThat(kalenner.core().listMyProviders().providers(account.id())).isEmpty();
            assertThat(account.isProvider()).isFalse();
        }
    }

    @Test
    void anEnglishSpeakerGetsTheMenuInEnglish() {
        TelegramUser visitor = telegram.newUser("Emma", "en");

        visitor.sendText("/start");

        visitor.awaitBotMessage(m -> m.text().contains("invitation"));
        assertThat(menuOf(visitor)).contains("Request appointment", "Appointments", "Specialists list",
                "Settings", "Registration options", "Support");
    }

    private static Account specialistWithServiceAndHours(BookingCore core, TelegramUser user) {
        Account account = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
        Account specialist = core.registerAsProvider().register(account.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        core.addService().add(specialist.id(), new AddService.Command("Консультация", Duration.ofMinutes(60), Money.of(300000, "RUB"))).get();
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-18:00").get())).get();
        return specialist;
    }

    private static java.util.List<String> menuOf(TelegramUser user) {
        return user.replyKeyboardLabels().stream().flatMap(java.util.List::stream).toList();
    }

    private static Account accountOf(BookingCore core, TelegramUser user) {
        return core.ports().accounts().findByTelegramUser(new TelegramUserId(user.id())).get();
    }
}
