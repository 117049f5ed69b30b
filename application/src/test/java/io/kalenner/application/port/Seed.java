package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Test data for the port contracts, stored through the ports under test. Every id is fresh, and
 * every instant has whole seconds, so a database keeps it exactly.
 */
final class Seed {

    /** When the seeded appointments were requested; long before their starts. */
    static final Instant REQUESTED_AT = Instant.parse("2030-01-01T08:00:00Z");
    /** A Monday, 10:00 UTC: where the seeded appointments' times are counted from. */
    static final Instant T = Instant.parse("2030-01-07T10:00:00Z");

    private final Ports ports;

    Seed(Ports ports) {
        this.ports = ports;
    }

    /** Runs the work in a transaction that commits. */
    <T> T committed(Supplier<T> work) {
        return ports.transactions().inTransaction(() -> Either.<Rejection, T>right(work.get())).get();
    }

    void write(Runnable work) {
        committed(() -> {
            work.run();
            return "done";
        });
    }

    static TelegramUserId freshTelegramUser() {
        return new TelegramUserId(ThreadLocalRandom.current().nextLong(1, 1L << 52));
    }

    static Account newClient(String name) {
        return Account.newClient(new AccountId(UUID.randomUUID()), freshTelegramUser(), name, Language.EN);
    }

    Account client(String name) {
        Account client = newClient(name);
        write(() -> ports.accounts().save(client));
        return client;
    }

    Account specialist(String name) {
        Account specialist = newClient(name).becomeProvider(ProviderKind.SPECIALIST).get();
        write(() -> ports.accounts().save(specialist));
        return specialist;
    }

    Account organization(String name) {
        Account organization = newClient(name).becomeProvider(ProviderKind.ORGANIZATION).get();
        write(() -> ports.accounts().save(organization));
        return organization;
    }

    static Service newService(Account provider, String name, Duration duration) {
        return new Service(new ServiceId(UUID.randomUUID()), provider.id(), name, duration, Money.of(250_000, "RUB"), false);
    }

    Service service(Account provider, String name, Duration duration) {
        Service service = newService(provider, name, duration);
        write(() -> ports.services().save(service));
        return service;
    }

    Service service(Account provider, Duration duration) {
        return service(provider, "Session " + duration.toMinutes() + " min", duration);
    }

    /** A new Pending request of the service's provider, not stored yet. */
    static Appointment request(Service service, Account client, Instant start) {
        return Appointment.request(new AppointmentId(UUID.randomUUID()), service, service.provider(), client.id(), start, REQUESTED_AT);
    }

    /** A new Pending request of an organization's service, performed by one of its specialists, not stored yet. */
    static Appointment request(Service service, Account specialist, Account client, Instant start) {
        return Appointment.request(new AppointmentId(UUID.randomUUID()), service, specialist.id(), client.id(), start, REQUESTED_AT);
    }

    /** A Pending appointment, stored. */
    Appointment booked(Service service, Account client, Instant start) {
        return add(request(service, client, start)).getOrElseThrow(rejection -> new AssertionError("not stored: " + rejection));
    }

    /** A Pending appointment performed by {@code specialist}, stored. */
    Appointment booked(Service service, Account specialist, Account client, Instant start) {
        return add(request(service, specialist, client, start)).getOrElseThrow(rejection -> new AssertionError("not stored: " + rejection));
    }

    Either<Rejection, Appointment> add(Appointment appointment) {
        return ports.transactions().inTransaction(() -> ports.appointments().addIfFree(appointment, Duration.ZERO));
    }

    /** The stored appointment moved to {@code status} the way the domain allows, stored. */
    Appointment moved(Appointment pending, AppointmentStatus status) {
        Instant before = pending.time().start().minusSeconds(3600);
        Instant after = pending.time().start().plusSeconds(60);
        Either<Rejection, Appointment> next = switch (status) {
            case PENDING -> Either.right(pending);
            case ACCEPTED -> pending.accept(before);
            case REJECTED -> pending.reject(Option.some("fully booked"));
            case CANCELLED -> pending.cancel(Option.none(), before);
            case COMPLETED -> pending.accept(before).flatMap(a -> a.complete(after));
            case MISSED -> pending.accept(before).flatMap(a -> a.markMissed(after));
        };
        Appointment moved = next.getOrElseThrow(rejection -> new AssertionError("cannot move: " + rejection));
        assertThat(moved.status()).isEqualTo(status);
        write(() -> ports.appointments().update(moved));
        return moved;
    }

    static Notification notification(Account recipient, Appointment about, Notification.Kind kind, Instant createdAt) {
        return new Notification(new NotificationId(UUID.randomUUID()), recipient.id(), kind, about.id(), createdAt);
    }
}
