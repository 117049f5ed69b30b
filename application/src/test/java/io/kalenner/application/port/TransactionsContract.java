package io.kalenner.application.port;

import static io.kalenner.application.port.Seed.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} promises, over every repository's writes: a right value
 * commits them all, a rejection or an exception leaves none of them.
 */
public abstract class TransactionsContract extends PortContract {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Schedule MONDAYS = Schedule.empty()
            .withHours(WorkingHours.NONE.with(DayOfWeek.MONDAY, LocalInterval.of("09:00", "17:00")));

    /** One write into every repository and the outbox, made inside the transaction under test. */
    private record Writes(Account client, Account specialist, Service service, Invitation invitation, Appointment appointment,
            Notification notification) {}

    private Writes oneOfEach() {
        Account specialist = Seed.newClient("Zoe").becomeProvider(ProviderKind.SPECIALIST).get();
        Account client = Seed.newClient("Anna");
        Service service = Seed.newService(specialist, "Yoga", HOUR);
        Invitation invitation = new Invitation(new InvitationCode(UUID.randomUUID().toString()), specialist.id(), Invitation.Kind.CLIENT);
        Appointment appointment = Seed.request(service, client, T);
        Notification notification = Seed.notification(specialist, appointment, Notification.Kind.APPOINTMENT_REQUESTED, Seed.REQUESTED_AT);
        return new Writes(client, specialist, service, invitation, appointment, notification);
    }

    private void write(Writes w) {
        Ports ports = under();
        ports.accounts().save(w.specialist());
        ports.accounts().save(w.client());
        ports.accounts().addProvider(w.client().id(), w.specialist().id());
        ports.services().save(w.service());
        ports.schedules().save(w.specialist().id(), MONDAYS);
        ports.invitations().save(w.invitation());
        ports.appointments().addIfFree(w.appointment(), Duration.ZERO).get();
        ports.outbox().add(w.notification());
    }

    private void assertAllKept(Writes w) {
        Ports ports = under();
        assertThat(ports.accounts().findById(w.specialist().id())).containsExactly(w.specialist());
        assertThat(ports.accounts().findByTelegramUser(w.client().telegramUser())).containsExactly(w.client());
        assertThat(ports.accounts().providersOf(w.client().id())).containsExactly(w.specialist());
        assertThat(ports.services().findById(w.service().id())).containsExactly(w.service());
        assertThat(ports.schedules().of(w.specialist().id())).isEqualTo(MONDAYS);
        assertThat(ports.invitations().findByCode(w.invitation().code())).containsExactly(w.invitation());
        assertThat(ports.appointments().findById(w.appointment().id())).containsExactly(w.appointment());
        assertThat(ports.outbox().depth()).isEqualTo(1);
    }

    private void assertNoneKept(Writes w) {
        Ports ports = under();
        assertThat(ports.accounts().findById(w.specialist().id())).isEmpty();
        assertThat(ports.accounts().findByTelegramUser(w.client().telegramUser())).isEmpty();
        assertThat(ports.accounts().providersOf(w.client().id())).isEmpty();
        assertThat(ports.accounts().hasProvider(w.client().id(), w.specialist().id())).isFalse();
        assertThat(ports.services().findById(w.service().id())).isEmpty();
        assertThat(ports.schedules().of(w.specialist().id())).isEqualTo(Schedule.empty());
        assertThat(ports.invitations().findByCode(w.invitation().code())).isEmpty();
        assertThat(ports.invitations().findOf(w.specialist().id(), Invitation.Kind.CLIENT)).isEmpty();
        assertThat(ports.appointments().findById(w.appointment().id())).isEmpty();
        assertThat(ports.appointments().busyTimes(w.specialist().id(), w.appointment().time())).isEmpty();
        assertThat(ports.appointments().ofClient(w.client().id())).isEmpty();
        assertThat(ports.outbox().depth()).isZero();
    }

    @Test
    void aRightValueCommitsEveryWrite() {
        // given
        Writes writes = oneOfEach();

        // when
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(writes);
            return Either.right("done");
        });

        // then
        assertThat(result).isEqualTo(Either.right("done"));
        assertAllKept(writes);
    }

    @Test
    void aRejectionUndoesEveryWrite() {
        // given
        Writes writes = oneOfEach();
        Rejection why = Rejection.of(Reason.SLOT_TAKEN, "raced");

        // when
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(writes);
            return why.asLeft();
        });

        // then
        assertThat(result).isEqualTo(Either.left(why));
        assertNoneKept(writes);
    }

    @Test
    void anExceptionUndoesEveryWriteAndReachesTheCaller() {
        // given
        Writes writes = oneOfEach();
        IllegalStateException failure = new IllegalStateException("the disk is full");

        // when / then
        assertThatThrownBy(() -> under().transactions().inTransaction(() -> {
            write(writes);
            throw failure;
        })).isSameAs(failure);
        assertNoneKept(writes);
    }

    @Test
    void aRejectionRestoresWhatItsWritesReplaced() {
        // given everything written and committed once
        Writes writes = oneOfEach();
        seed().write(() -> write(writes));
        Notification claimed = under().outbox().claim(1, Seed.REQUESTED_AT, Duration.ofMinutes(1)).single();
        Schedule fridays = Schedule.empty().withHours(WorkingHours.NONE.with(DayOfWeek.FRIDAY, LocalInterval.of("10:00", "12:00")));

        // when a transaction replaces all of it and is refused
        Either<Rejection, Object> result = under().transactions().inTransaction(() -> {
            Ports ports = under();
            ports.accounts().save(writes.client().withLanguage(Language.RU).withDisplayName("Renamed"));
            ports.services().save(writes.service().archive());
            ports.schedules().save(writes.specialist().id(), fridays);
            ports.appointments().update(writes.appointment().accept(Seed.REQUESTED_AT).get());
            ports.outbox().markDelivered(claimed.id());
            return Rejection.of(Reason.MOVE_NOT_ALLOWED).asLeft();
        });

        // then
        assertThat(result.isLeft()).isTrue();
        assertAllKept(writes);
        assertThat(under().appointments().findById(writes.appointment().id()).get().status()).isEqualTo(AppointmentStatus.PENDING);
    }

    @Test
    void aRejectedAddIfFreeLeavesTheTimeFree() {
        // given
        Writes writes = oneOfEach();
        under().transactions().inTransaction(() -> {
            write(writes);
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });
        seed().write(() -> {
            under().accounts().save(writes.specialist());
            under().accounts().save(writes.client());
            under().services().save(writes.service());
        });

        // when
        Either<Rejection, Appointment> again = seed().add(Seed.request(writes.service(), writes.client(), T));

        // then
        assertThat(again.isRight()).isTrue();
    }

    @Test
    void aRefusedInnerTransactionUndoesOnlyItsOwnWrites() {
        // given
        Writes outer = oneOfEach();
        Writes inner = oneOfEach();

        // when the outer transaction goes on after an inner one was refused, and commits
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(outer);
            Either<Rejection, Object> refused = under().transactions().inTransaction(() -> {
                write(inner);
                return Rejection.of(Reason.SLOT_TAKEN).asLeft();
            });
            assertThat(refused.isLeft()).isTrue();
            under().accounts().save(outer.client().withDisplayName("After the inner one"));
            return Either.right("done");
        });

        // then the outer writes stay, the inner ones do not
        assertThat(result).isEqualTo(Either.right("done"));
        assertThat(under().accounts().findById(outer.client().id()).map(Account::displayName)).containsExactly("After the inner one");
        assertThat(under().appointments().findById(outer.appointment().id())).containsExactly(outer.appointment());
        assertThat(under().accounts().findById(inner.specialist().id())).isEmpty();
        assertThat(under().appointments().findById(inner.appointment().id())).isEmpty();
        assertThat(under().outbox().depth()).isEqualTo(1);
    }

    @Test
    void aFailedInnerTransactionCaughtByTheOuterOneUndoesOnlyItsOwnWrites() {
        // given
        Writes outer = oneOfEach();
        Writes inner = oneOfEach();

        // when an inner transaction breaks a rule of the store (a second account for one Telegram user) and the outer one goes on
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(outer);
            try {
                under().transactions().inTransaction(() -> {
                    write(inner);
                    under().accounts().save(new Account(new AccountId(UUID.randomUUID()), outer.client().telegramUser(), "Impostor",
                            Language.EN, TimeSetting.DEFAULT, Option.none()));
                    return Either.right("unreachable");
                });
            } catch (RuntimeException expected) {
                // the store refused the impostor
            }
            under().accounts().save(outer.client().withDisplayName("After the failure"));
            return Either.right("done");
        });

        // then
        assertThat(result).isEqualTo(Either.right("done"));
        assertThat(under().accounts().findById(outer.client().id()).map(Account::displayName)).containsExactly("After the failure");
        assertThat(under().accounts().findById(inner.client().id())).isEmpty();
        assertThat(under().appointments().findById(inner.appointment().id())).isEmpty();
    }
    @Test
    void aTimeFoundTakenInsideATransactionLeavesTheRestOfItToCommit() {
        // given
        Writes writes = oneOfEach();
        Account late = Seed.newClient("Late");
        Appointment sameTime = Seed.request(writes.service(), late, T);

        // when the second booking of the time is refused and the transaction goes on
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(writes);
            under().accounts().save(late);
            Either<Rejection, Appointment> taken = under().appointments().addIfFree(sameTime, Duration.ZERO);
            assertThat(taken.isLeft()).isTrue();
            assertThat(taken.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
            under().accounts().save(writes.client().withDisplayName("After the refusal"));
            return Either.right("done");
        });

        // then
        assertThat(result).isEqualTo(Either.right("done"));
        assertThat(under().accounts().findById(writes.client().id()).map(Account::displayName)).containsExactly("After the refusal");
        assertThat(under().accounts().findById(late.id())).containsExactly(late);
        assertThat(under().appointments().findById(writes.appointment().id())).containsExactly(writes.appointment());
        assertThat(under().appointments().findById(sameTime.id())).isEmpty();
        assertThat(under().outbox().depth()).isEqualTo(1);
    }

    @Test
    void aTransactionReadsTheHistoryAndOutboxRowsItAdded() {
        // given
        Writes writes = oneOfEach();

        // when
        Either<Rejection, String> result = under().transactions().inTransaction(() -> {
            write(writes);
            under().history().add(AppointmentEvent.requested(writes.appointment()));
            assertThat(under().history().of(writes.appointment().id())).containsExactly(AppointmentEvent.requested(writes.appointment()));
            assertThat(under().outbox().depth()).isEqualTo(1);
            return Either.right("done");
        });

        // then
        assertThat(result).isEqualTo(Either.right("done"));
        assertThat(under().history().of(writes.appointment().id())).containsExactly(AppointmentEvent.requested(writes.appointment()));
        assertThat(under().outbox().depth()).isEqualTo(1);
    }

    @Test
    void aRefusedInnerTransactionTakesBackItsHistoryAndOutboxRowsOnly() {
        // given
        Writes writes = oneOfEach();
        Notification innerNotice = Seed.notification(writes.client(), writes.appointment(), Notification.Kind.APPOINTMENT_ACCEPTED, Seed.REQUESTED_AT);

        // when the outer transaction adds rows, an inner one adds more and is refused
        under().transactions().inTransaction(() -> {
            write(writes);
            under().history().add(AppointmentEvent.requested(writes.appointment()));
            under().transactions().inTransaction(() -> {
                under().outbox().add(innerNotice);
                AppointmentEvent requested = AppointmentEvent.requested(writes.appointment());
                under().history().add(new AppointmentEvent(requested.appointment(), requested.at().plusSeconds(60), writes.specialist().id(),
                        requested.change()));
                return Rejection.of(Reason.MOVE_NOT_ALLOWED).asLeft();
            });
            return Either.right("done");
        });

        // then
        assertThat(under().history().of(writes.appointment().id())).containsExactly(AppointmentEvent.requested(writes.appointment()));
        assertThat(under().outbox().claim(10, Seed.REQUESTED_AT, Duration.ofMinutes(1)).map(Notification::id))
                .containsExactly(writes.notification().id());
    }
}
