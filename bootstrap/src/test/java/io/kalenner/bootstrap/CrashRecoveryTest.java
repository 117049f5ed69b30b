package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in its own JVM, on its durable embedded PostgreSQL, killed with SIGKILL while
 * it takes in a burst of updates and delivers a burst of notifications, then started again on the
 * same data. The Bot API stand-in lives in the test's JVM and outlives both runs, as Telegram would.
 */
class CrashRecoveryTest {

    private static final String TOKEN = "5151:crash-recovery";
    private static final int CLIENTS = 20;

    @TempDir
    Path workDirectory;

    private BotApiServer telegram;
    private Process program;

    @AfterEach
    void stopEverything() throws Exception {
        if (program != null && program.isAlive()) {
            program.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // a server left by a killed program is stopped by the next start on its directory
        PostgresPersistence.embedded(dataDirectory()).close();
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void afterAKillNoUpdateActsTwiceAndNoCommittedNotificationIsLost() throws Exception {
        // given a specialist with twenty pending requests, each announced in the outbox, all stored durably
        telegram = BotApiServer.start(TOKEN);
        TelegramUser specialistUser = telegram.newUser("Анна", "ru");
        List<TelegramUser> clientUsers = List.range(0, CLIENTS).map(i -> telegram.newUser("Клиент %02d".formatted(i), "ru"));
        List<Appointment> requests = seed(specialistUser, clientUsers);
        specialistUser.sendText("/start");
        // and a burst of updates waiting: every client writes at once
        clientUsers.forEach(client -> client.sendText("/start"));

        // when the program runs, and is killed while it handles them and delivers the requests
        program = startProgram("first-run.log");
        await().atMost(Duration.ofSeconds(60)).until(() -> requestsShownTo(specialistUser) >= 3);
        program.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

        // and starts again on the same data, and the specialist accepts every request
        program = startProgram("second-run.log");
        // every request committed before the kill reaches the specialist, at least once
        await().atMost(Duration.ofSeconds(60)).until(() -> clientUsers.forAll(client -> requestsShownTo(specialistUser, client) >= 1));
        acceptEveryRequestOnScreen(specialistUser);
        await().atMost(Duration.ofSeconds(60)).until(() -> clientUsers.forAll(client -> confirmationsTo(client) >= 1));
        program.destroy(); // SIGTERM: a clean stop
        assertThat(program.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // then every request was delivered and accepted, and no notification waits any more
        try (PostgresPersistence database = PostgresPersistence.embedded(dataDirectory())) {
            Ports ports = database.ports(new RandomIdGenerator(), Clock.systemUTC());
            assertThat(requests.map(request -> ports.appointments().findById(request.id()).get().status()))
                    .containsOnly(AppointmentStatus.ACCEPTED);
            assertThat(ports.outbox().depth()).isZero();
        }
        // and no client's /start was acted on twice (one lost in the kill is allowed: docs/decisions.md D10)
        clientUsers.forEach(client -> assertThat(menusShownTo(client)).as(client.toString()).isLessThanOrEqualTo(1));
        // and the bot made no call Telegram would refuse, but for the killed run's poll, which the new run's poll ends
        telegram.assertNoViolationsButPollsLeftBy(1);
    }

    /** Everything the scenario starts from, written through the use cases into the program's own data directory. */
    private List<Appointment> seed(TelegramUser specialistUser, List<TelegramUser> clientUsers) {
        try (PostgresPersistence database = PostgresPersistence.embedded(dataDirectory())) {
            BookingCore core = new BookingCore(database.ports(new RandomIdGenerator(), Clock.systemUTC()));
            Account specialist = core.registerAsProvider().register(identify(core, specialistUser).id(),
                    new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
            WorkingHours allDay = List.of(DayOfWeek.values())
                    .foldLeft(WorkingHours.NONE, (hours, day) -> hours.with(day, LocalInterval.of("00:00", "23:59")));
            core.setSchedule().set(specialist.id(), Schedule.empty().withHours(allDay)).get();
            Service consultation = core.addService().add(specialist.id(),
                    new AddService.Command("Консультация", Duration.ofMinutes(30), Money.of(300_000, "RUB"))).get();
            String invitation = core.createClientInvitation().create(specialist.id()).get().code().value();
            Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
            return clientUsers.map(clientUser -> {
                Account client = identify(core, clientUser);
                core.acceptInvitation().accept(client.id(), new AcceptInvitation.Command(invitation)).get();
                Instant slot = core.listFreeSlots().freeSlots(client.id(), new ListFreeSlots.Command(consultation.id(),
                        new TimeRange(tomorrow, tomorrow.plus(Duration.ofDays(7))))).get().head();
                return core.requestAppointment().request(client.id(), new RequestAppointment.Command(consultation.id(), slot)).get();
            });
        }
    }

    private static Account identify(BookingCore core, TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
    }

    private Process startProgram(String log) throws IOException {
        ProcessBuilder builder = ChildProgram.in(workDirectory, log);
        builder.environment().put("KALENNER_TELEGRAM_TOKEN", TOKEN);
        builder.environment().put("KALENNER_TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().put("KALENNER_DATA_DIR", workDirectory.resolve("data").toString());
        // the program's web server: any free port, not 8080, which something else may hold
        builder.environment().put("KALENNER_HTTP_PORT", String.valueOf(SandboxModeTest.freePort()));
        return builder.start();
    }

    private Path dataDirectory() {
        return workDirectory.resolve("data").resolve("postgres");
    }

    /** Presses Принять on every request still showing it, the newest first, until none is left. */
    private static void acceptEveryRequestOnScreen(TelegramUser specialist) {
        while (specialist.messages().stream().anyMatch(CrashRecoveryTest::offersAcceptance)) {
            specialist.pressButton("Принять");
            specialist.awaitCallbackAnswer();
        }
    }

    private static boolean offersAcceptance(ChatMessage message) {
        return message.fromBot() && !message.deleted()
                && message.inlineButtonLabels().stream().flatMap(java.util.List::stream).anyMatch("Принять"::equals);
    }

    private static long requestsShownTo(TelegramUser specialist) {
        return botTexts(specialist).filter(text -> text.contains("Новая заявка")).count();
    }

    private static long requestsShownTo(TelegramUser specialist, TelegramUser client) {
        return botTexts(specialist).filter(text -> text.contains("Новая заявка") && text.contains(client.firstName())).count();
    }

    private static long confirmationsTo(TelegramUser client) {
        return botTexts(client).filter(text -> text.contains("Ваша запись подтверждена")).count();
    }

    private static long menusShownTo(TelegramUser client) {
        return botTexts(client).filter(text -> text.equals("Главное меню.")).count();
    }

    private static java.util.stream.Stream<String> botTexts(TelegramUser user) {
        return user.messages().stream().filter(ChatMessage::fromBot).map(ChatMessage::text);
    }
}
