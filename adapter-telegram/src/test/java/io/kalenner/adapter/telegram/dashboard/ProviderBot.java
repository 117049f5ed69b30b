package io.kalenner.adapter.telegram.dashboard;

import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real bot against the Bot API stand-in, on in-memory ports and a clock the test sets, with
 * helpers to make providers, clients and appointments the way the use cases do.
 */
final class ProviderBot implements AutoCloseable {

    static final String TOKEN = "5151:provider-side";
    /** Monday 2026-11-30 06:00 UTC: 09:00 in the default UTC+03:00. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T06:00:00Z");
    /** Tuesday 01.12.2026 10:00 and 12:00 in UTC+03:00. */
    static final Instant TUESDAY_TEN = Instant.parse("2026-12-01T07:00:00Z");
    static final Instant TUESDAY_NOON = Instant.parse("2026-12-01T09:00:00Z");

    final SettableClock clock = new SettableClock(MONDAY_MORNING);
    final BotApiServer telegram;
    final BookingCore core;
    TelegramBot bot;
    private int restarts;

    ProviderBot() throws Exception {
        telegram = BotApiServer.start(TOKEN);
        core = new BookingCore(InMemoryPorts.create(clock));
        bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, clock);
    }

    /** Stops the bot and starts another on the same ports, as a redeploy does: whatever is stored is all that is left. */
    void restart() throws Exception {
        bot.close();
        restarts++;
        bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, clock);
    }

    /** A user who wrote /start, so the bot may write to them. */
    TelegramUser user(String name, String language) {
        TelegramUser user = telegram.newUser(name, language);
        user.sendText("/start");
        user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        return user;
    }

    Account account(TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(),
                Language.fromTelegramCode(Option.of(user.languageCode()))));
    }

    /** Registers the user as a provider of that kind and brings back the menu with the dashboard. */
    Account provider(TelegramUser user, ProviderKind kind) {
        Account provider = core.registerAsProvider().register(account(user).id(), new RegisterAsProvider.Command(kind, Option.none())).get();
        user.sendText("/start");
        user.awaitBotMessage(m -> m.replyKeyboard().stream().anyMatch(row -> row.contains("Кабинет") || row.contains("Dashboard")));
        return provider;
    }

    /** A specialist with «Консультация» (60 min, 3000 ₽) and Mon–Fri 09:00–18:00. */
    Service specialistWithService(Account specialist) {
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-18:00").get())).get();
        return core.addService().add(specialist.id(), new AddService.Command("Консультация", Duration.ofMinutes(60), Money.of(300000, "RUB"))).get();
    }

    /** The user opened the provider's invitation. */
    Account clientOf(TelegramUser user, Account provider) {
        String code = core.createClientInvitation().create(provider.id()).get().code().value();
        core.acceptInvitation().accept(account(user).id(), new AcceptInvitation.Command(code)).get();
        return account(user);
    }

    /** The user opened the organization's specialist invitation, works Mon–Fri 09:00–18:00, and has the dashboard in its menu. */
    Account memberOf(TelegramUser user, Account organization) {
        String code = core.createSpecialistInvitation().create(organization.id()).get().code().value();
        core.acceptInvitation().accept(account(user).id(), new AcceptInvitation.Command(code)).get();
        Account member = account(user);
        core.setSchedule().set(member.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-18:00").get())).get();
        user.sendText("/start");
        user.awaitBotMessage(m -> m.replyKeyboard().stream().anyMatch(row -> row.contains("Кабинет") || row.contains("Dashboard")));
        return member;
    }

    Appointment request(Account client, Service service, Instant start) {
        return core.requestAppointment().request(client.id(), new RequestAppointment.Command(service.id(), start, Option.none())).get();
    }

    /**
     * A message from the bot with one button of the given data, as a stale message or a forged
     * callback would bring it: whatever the button names is pressed as it comes.
     */
    void sendButton(TelegramUser user, String label, CallbackData data) {
        URI api = URI.create(telegram.baseUrl());
        var client = new OkHttpTelegramClient(TOKEN, new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false));
        new Outgoing(client).call(new Screen("🧪 " + label, Keyboards.rows(io.vavr.collection.List.of(io.vavr.collection.List.of(
                Keyboards.button(label, data))))).sendTo(user.id())).get();
        user.awaitBotText("🧪 " + label);
    }

    static boolean hasButton(ChatMessage message, String label) {
        return message.inlineButtonLabels().stream().anyMatch(row -> row.contains(label));
    }

    static java.util.List<String> buttons(ChatMessage message) {
        return message.inlineButtonLabels().stream().flatMap(java.util.List::stream).toList();
    }

    /** No call Telegram would refuse, but the poll each restart may leave held for the next bot's to end. */
    void assertNoViolations() {
        telegram.assertNoViolationsButPollsLeftBy(restarts);
    }

    @Override
    public void close() {
        bot.close();
        telegram.close();
    }

    /** A clock that stands still until the test moves it. */
    static final class SettableClock extends Clock {

        private final AtomicReference<Instant> now;

        SettableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
