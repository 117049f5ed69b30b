package io.kalenner.adapter.telegram.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** A burst of notifications against the Bot API stand-in with Telegram's flood limits on. */
class NotificationBurstTest {

    private static final Logger log = LoggerFactory.getLogger(NotificationBurstTest.class);
    private static final String TOKEN = "888:burst";
    private static final int CHATS = 100;
    private static final int EACH = 3;
    /** Monday 2030-01-07 06:00 UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-07T06:00:00Z"), ZoneOffset.UTC);

    private final BotApiServer telegram = BotApiServer.start(TOKEN).rateLimits(true);
    private final OkHttpClient http = new OkHttpClient();
    private NotificationDelivery delivery;

    @AfterEach
    void stop() {
        if (delivery != null) {
            delivery.close();
        }
        telegram.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void threeHundredNotificationsToAHundredChatsAreAllDeliveredOnceWithinTheLimits() {
        // given a hundred clients who wrote to the bot, each with three accepted appointments to be told about
        BookingCore core = new BookingCore(InMemoryPorts.create(CLOCK));
        List<TelegramUser> users = List.range(0, CHATS).map(i -> telegram.newUser("Client %03d".formatted(i), "en"));
        users.forEach(user -> user.sendText("hi"));
        Account specialist = specialistWithAService(core);
        Service service = core.listServices().services(specialist.id(), specialist.id()).get().head();
        String code = core.createClientInvitation().create(specialist.id()).get().code().value();
        List<Instant> slots = core.listFreeSlots().freeSlots(specialist.id(),
                new ListFreeSlots.Command(service.id(), new TimeRange(CLOCK.instant(), CLOCK.instant().plus(Duration.ofDays(14))))).get();
        int slot = 0;
        for (TelegramUser user : users) {
            Account client = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.EN));
            core.acceptInvitation().accept(client.id(), new AcceptInvitation.Command(code)).get();
            for (int i = 0; i < EACH; i++) {
                Appointment requested = core.requestAppointment().request(client.id(),
                        new RequestAppointment.Command(service.id(), slots.get(slot++))).get();
                core.answerRequest().accept(specialist.id(), requested.id()).get();
            }
        }
        // and the specialist's own notices of the requests already sent
        core.ports().outbox().claim(Integer.MAX_VALUE, CLOCK.instant(), Duration.ZERO).filter(n -> n.kind() == Notification.Kind.APPOINTMENT_REQUESTED)
                .forEach(n -> core.ports().outbox().markDelivered(n.id()));
        assertThat(core.ports().outbox().depth()).isEqualTo(CHATS * EACH);

        // when
        Outgoing outgoing = new Outgoing(new OkHttpTelegramClient(http, TOKEN, new TelegramUrl("http", "127.0.0.1", telegram.port(), false)));
        delivery = new NotificationDelivery(core, outgoing, new RequestAnswers(core, outgoing), CLOCK);
        long started = System.nanoTime();
        delivery.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> core.ports().outbox().depth() == 0);
        double seconds = (System.nanoTime() - started) / 1e9;

        // then every chat got its three, none twice, and no call broke a rule
        users.forEach(user -> assertThat(user.messages().stream().filter(ChatMessage::fromBot).map(ChatMessage::text))
                .as(user.firstName()).hasSize(EACH).allMatch(text -> text.contains("confirmed")).doesNotHaveDuplicates());
        // and a flood wait, should one come (a request may reach Telegram a little sooner than it left), was all
        assertThat(telegram.violations()).allSatisfy(violation -> assertThat(violation.toString()).contains("429 Too Many Requests"));
        // the limits allow 30 at once, then 30 a second
        double shortest = (CHATS * EACH - 30) / 30.0;
        log.info("burst of {} notifications to {} chats delivered in {} s with {} flood waits; the limits allow {} s; ratio {}",
                CHATS * EACH, CHATS, "%.1f".formatted(seconds), telegram.violations().size(), "%.1f".formatted(shortest),
                "%.2f".formatted(shortest / seconds));
    }

    private static Account specialistWithAService(BookingCore core) {
        Account user = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(1), "Zoe", Language.EN));
        Account specialist = core.registerAsProvider().register(user.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        WorkingHours allDay = List.of(DayOfWeek.values()).foldLeft(WorkingHours.NONE, (hours, day) -> hours.with(day, LocalInterval.of("00:00", "23:59")));
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(allDay)).get();
        core.addService().add(specialist.id(), new AddService.Command("Consultation", Duration.ofMinutes(30), Money.of(100_00, "EUR"))).get();
        return specialist;
    }
}
