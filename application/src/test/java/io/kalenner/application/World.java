package io.kalenner.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PurchasePayment;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The booking core on in-memory ports and a clock that stands still at Monday 2030-01-07 09:00
 * in Moscow time (every account's default setting), with helpers that do what a user would do
 * through the use cases.
 */
public final class World {

    /** Monday 2030-01-07, 09:00 at UTC+03:00. */
    public static final Instant MONDAY_9 = Instant.parse("2030-01-07T06:00:00Z");
    /** Tuesday 2030-01-08, 10:00 at UTC+03:00. */
    public static final Instant TUESDAY_10 = Instant.parse("2030-01-08T07:00:00Z");
    /** Tuesday 2030-01-08, the whole day at UTC+03:00. */
    public static final TimeRange TUESDAY = new TimeRange(Instant.parse("2030-01-07T21:00:00Z"), Instant.parse("2030-01-08T21:00:00Z"));
    /** Monday to Friday, 09:00 to 18:00; otherwise the defaults (2 hours' notice, 60 days ahead, no buffer). */
    public static final Schedule WORKDAYS_9_TO_18 = Schedule.empty().withHours(WorkingHours.NONE
            .with(DayOfWeek.MONDAY, LocalInterval.of("09:00", "18:00"))
            .with(DayOfWeek.TUESDAY, LocalInterval.of("09:00", "18:00"))
            .with(DayOfWeek.WEDNESDAY, LocalInterval.of("09:00", "18:00"))
            .with(DayOfWeek.THURSDAY, LocalInterval.of("09:00", "18:00"))
            .with(DayOfWeek.FRIDAY, LocalInterval.of("09:00", "18:00")));

    private static final AtomicLong TELEGRAM_USERS = new AtomicLong(1000);

    public final MutableClock clock = new MutableClock(MONDAY_9);
    public final Ports ports;
    public final BookingCore core;
    private final AtomicReference<Instant> deliverer = new AtomicReference<>(Instant.parse("2099-01-01T00:00:00Z"));
    private List<Account> people = List.empty();

    /** A world in memory. */
    public World() {
        this(InMemoryPorts::create);
    }

    /** A world on other ports, made for the world's clock (a database adapter's, say). */
    public World(Function<Clock, Ports> portsOnClock) {
        this.ports = portsOnClock.apply(clock);
        this.core = new BookingCore(ports);
    }

    /** Someone writes to the bot for the first time. */
    public Account user(String name) {
        Account account = core.identifyUser().identify(
                new IdentifyUser.Command(new TelegramUserId(TELEGRAM_USERS.incrementAndGet()), name, Language.RU));
        people = people.append(account);
        return account;
    }

    public Account provider(String name, ProviderKind kind) {
        Account provider = core.registerAsProvider().register(user(name).id(), new RegisterAsProvider.Command(kind, Option.none())).get();
        assertThat(provider.providerKind()).containsExactly(kind);
        return provider;
    }

    /** A specialist working Monday to Friday, 09:00 to 18:00. */
    public Account specialist(String name) {
        Account specialist = provider(name, ProviderKind.SPECIALIST);
        core.setSchedule().set(specialist.id(), WORKDAYS_9_TO_18).get();
        return specialist;
    }

    public Account organization(String name) {
        return provider(name, ProviderKind.ORGANIZATION);
    }

    /** A new user who opened the organization's specialist invitation and works Monday to Friday, 09:00 to 18:00. */
    public Account memberOf(Account organization, String name) {
        Account user = user(name);
        Invitation invitation = core.createSpecialistInvitation().create(organization.id()).get();
        core.acceptInvitation().accept(user.id(), new AcceptInvitation.Command(invitation.code().value())).get();
        core.setSchedule().set(user.id(), WORKDAYS_9_TO_18).get();
        return ports.accounts().findById(user.id()).get();
    }

    public Service service(Account provider, String name, Duration duration) {
        return core.addService().add(provider.id(), new AddService.Command(name, duration, Money.of(250_000, "RUB"))).get();
    }

    /** A new user who opened the provider's client invitation. */
    public Account clientOf(Account provider, String name) {
        Account client = user(name);
        Invitation invitation = core.createClientInvitation().create(provider.id()).get();
        core.acceptInvitation().accept(client.id(), new AcceptInvitation.Command(invitation.code().value())).get();
        return client;
    }

    public Appointment requested(Account client, Service service, Instant start) {
        return core.requestAppointment().request(client.id(), new RequestAppointment.Command(service.id(), start))
                .getOrElseThrow(rejection -> new AssertionError("refused: " + rejection));
    }

    /**
     * Every notification waiting in the outbox, oldest first, as a deliverer claims them; each look
     * is a day after the last one's lease ended, so it leaves them all waiting for the next look.
     */
    public List<Notification> waitingNotifications() {
        Instant lookAt = deliverer.updateAndGet(last -> last.plus(Duration.ofDays(1)));
        return ports.outbox().claim(Integer.MAX_VALUE, lookAt, Duration.ofSeconds(1));
    }

    /** What the world's people can see, to show that a refusal changed nothing. */
    public record State(long outboxDepth, List<Option<Account>> accounts, List<List<Account>> providers,
            List<List<Appointment>> appointments, List<List<TimeRange>> busy, List<List<Service>> services,
            List<Schedule> schedules, List<Option<Invitation>> invitations, List<List<Account>> members,
            List<Option<Invitation>> specialistInvitations, List<List<List<AppointmentEvent>>> histories,
            List<List<ServicePackage>> packages, List<List<PackagePurchase>> purchases,
            List<List<List<PurchasePayment>>> purchasePayments, List<PackagePolicy> packagePolicies) {}

    public State state() {
        TimeRange always = new TimeRange(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        return new State(
                ports.outbox().depth(),
                people.map(p -> ports.accounts().findById(p.id())),
                people.map(p -> ports.accounts().providersOf(p.id())),
                people.map(p -> ports.appointments().ofClient(p.id())),
                people.map(p -> ports.appointments().busyTimes(p.id(), always)),
                people.map(p -> ports.services().activeOf(p.id())),
                people.map(p -> ports.schedules().of(p.id())),
                people.map(p -> ports.invitations().findOf(p.id(), Invitation.Kind.CLIENT)),
                people.map(p -> ports.accounts().membersOf(p.id())),
                people.map(p -> ports.invitations().findOf(p.id(), Invitation.Kind.SPECIALIST)),
                people.map(p -> ports.appointments().ofClient(p.id()).map(a -> ports.history().of(a.id()))),
                people.map(p -> ports.packages().packagesOf(p.id())),
                people.map(p -> ports.packages().purchasesFrom(p.id())),
                people.map(p -> ports.packages().purchasesFrom(p.id()).map(purchase -> ports.packages().paymentsOf(purchase.id()))),
                people.map(p -> ports.packages().policyOf(p.id())));
    }
}
