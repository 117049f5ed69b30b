package io.kalenner.domain.appointment;

import static io.kalenner.domain.appointment.AppointmentStatus.ACCEPTED;
import static io.kalenner.domain.appointment.AppointmentStatus.CANCELLED;
import static io.kalenner.domain.appointment.AppointmentStatus.COMPLETED;
import static io.kalenner.domain.appointment.AppointmentStatus.MISSED;
import static io.kalenner.domain.appointment.AppointmentStatus.PENDING;
import static io.kalenner.domain.appointment.AppointmentStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppointmentTest {

    private static final AccountId PROVIDER = accountId();
    private static final AccountId SPECIALIST = accountId();
    private static final AccountId CLIENT = accountId();
    private static final Instant REQUESTED_AT = Instant.parse("2030-03-01T10:00:00Z");
    private static final Instant START = Instant.parse("2030-03-10T09:00:00Z");
    private static final Instant BEFORE_START = START.minusSeconds(1);
    private static final Instant AFTER_START = START.plus(Duration.ofMinutes(30));
    private static final Service HAIRCUT = new Service(new ServiceId(UUID.randomUUID()), PROVIDER, "Haircut",
            Duration.ofMinutes(90), Money.of(250_000, "RUB"), false);

    private static AccountId accountId() {
        return new AccountId(UUID.randomUUID());
    }

    private static Appointment pending() {
        return Appointment.request(new AppointmentId(UUID.randomUUID()), HAIRCUT, SPECIALIST, CLIENT, START, REQUESTED_AT);
    }

    private static Appointment accepted() {
        return pending().accept(BEFORE_START).get();
    }

    /** An appointment in the given status, reached through allowed moves only. */
    private static Appointment in(AppointmentStatus status) {
        return switch (status) {
            case PENDING -> pending();
            case ACCEPTED -> accepted();
            case REJECTED -> pending().reject(Option.some("fully booked")).get();
            case CANCELLED -> pending().cancel(Option.some("ill"), BEFORE_START).get();
            case COMPLETED -> accepted().complete(AFTER_START).get();
            case MISSED -> accepted().markMissed(AFTER_START).get();
        };
    }

    /** Performs the move that targets {@code next} at the given moment. */
    private static Either<Rejection, Appointment> moveTo(Appointment appointment, AppointmentStatus next, Instant now) {
        return switch (next) {
            case PENDING -> throw new IllegalArgumentException("no move leads back to Pending");
            case ACCEPTED -> appointment.accept(now);
            case REJECTED -> appointment.reject(Option.none());
            case CANCELLED -> appointment.cancel(Option.none(), now);
            case COMPLETED -> appointment.complete(now);
            case MISSED -> appointment.markMissed(now);
        };
    }

    @Nested
    class Requesting {

        @Test
        void aRequestIsPendingWithTheServicesPriceAndNothingPaid() {
            // given a service priced 2 500.00 RUB lasting 90 minutes
            // when a client requests it
            Appointment appointment = pending();

            // then the appointment is pending, copies the price, and nothing is paid yet
            assertThat(appointment.status()).isEqualTo(PENDING);
            assertThat(appointment.price()).isEqualTo(Money.of(250_000, "RUB"));
            assertThat(appointment.paid()).isEqualTo(Money.zero(HAIRCUT.price().currency()));
            assertThat(appointment.balance()).isEqualTo(Money.of(250_000, "RUB"));
            assertThat(appointment.time()).isEqualTo(new TimeRange(START, START.plus(Duration.ofMinutes(90))));
            assertThat(appointment.provider()).isEqualTo(PROVIDER);
            assertThat(appointment.specialist()).isEqualTo(SPECIALIST);
            assertThat(appointment.client()).isEqualTo(CLIENT);
            assertThat(appointment.service()).isEqualTo(HAIRCUT.id());
            assertThat(appointment.reason()).isEmpty();
            assertThat(appointment.requestedAt()).isEqualTo(REQUESTED_AT);
        }

        @Test
        void aLaterPriceChangeOfTheServiceDoesNotTouchARequestedAppointment() {
            // given an appointment requested at the old price
            Appointment appointment = pending();

            // when the provider raises the service's price
            Service dearer = new Service(HAIRCUT.id(), PROVIDER, HAIRCUT.name(), HAIRCUT.duration(), Money.of(300_000, "RUB"), false);

            // then the appointment keeps the price it was requested at; a new request gets the new one
            assertThat(appointment.price()).isEqualTo(Money.of(250_000, "RUB"));
            Appointment later = Appointment.request(new AppointmentId(UUID.randomUUID()), dearer, SPECIALIST, CLIENT, START, REQUESTED_AT);
            assertThat(later.price()).isEqualTo(Money.of(300_000, "RUB"));
        }

        @Test
        void pendingAndAcceptedHoldTheirTimeAndNoFinalStatusDoes() {
            // given every status
            // when asking which hold the time
            // then only Pending and Accepted do
            for (AppointmentStatus status : AppointmentStatus.values()) {
                assertThat(status.holdsTime()).as(status.name()).isEqualTo(status == PENDING || status == ACCEPTED);
            }
        }
    }

    @Nested
    class AllowedMoves {

        @Test
        void aPendingAppointmentCanBeAcceptedBeforeItsStart() {
            // given a pending appointment
            // when the provider accepts it one second before its start
            Either<Rejection, Appointment> result = pending().accept(BEFORE_START);

            // then it is accepted
            assertThat(result.get().status()).isEqualTo(ACCEPTED);
        }

        @Test
        void aPendingAppointmentCanBeRejectedAndKeepsTheReason() {
            // given a pending appointment
            // when the provider rejects it with a reason
            Appointment rejected = pending().reject(Option.some("on holiday")).get();

            // then it is rejected and the reason is kept
            assertThat(rejected.status()).isEqualTo(REJECTED);
            assertThat(rejected.reason()).contains("on holiday");
        }

        @Test
        void aPendingAppointmentCanBeRejectedWithoutAReason() {
            // given a pending appointment
            // when the provider rejects it without saying why
            Appointment rejected = pending().reject(Option.none()).get();

            // then it is rejected with no reason
            assertThat(rejected.status()).isEqualTo(REJECTED);
            assertThat(rejected.reason()).isEmpty();
        }

        @Test
        void aPendingAppointmentCanBeRejectedEvenAfterItsStart() {
            // given a pending appointment whose start has passed (SPEC §4 puts no time on rejecting)
            // when the provider rejects it
            Either<Rejection, Appointment> result = pending().reject(Option.none());

            // then it is rejected
            assertThat(result.get().status()).isEqualTo(REJECTED);
        }

        @Test
        void aPendingAppointmentCanBeCancelledBeforeItsStartAndKeepsTheReason() {
            // given a pending appointment
            // when it is cancelled before the start with a reason
            Appointment cancelled = pending().cancel(Option.some("ill"), BEFORE_START).get();

            // then it is cancelled and the reason is kept
            assertThat(cancelled.status()).isEqualTo(CANCELLED);
            assertThat(cancelled.reason()).contains("ill");
        }

        @Test
        void anAcceptedAppointmentCanBeCancelledBeforeItsStartAndKeepsTheReason() {
            // given an accepted appointment
            // when it is cancelled before the start with a reason
            Appointment cancelled = accepted().cancel(Option.some("car broke down"), BEFORE_START).get();

            // then it is cancelled and the reason is kept
            assertThat(cancelled.status()).isEqualTo(CANCELLED);
            assertThat(cancelled.reason()).contains("car broke down");
        }

        @Test
        void anAcceptedAppointmentCanBeCompletedFromItsStartOn() {
            // given an accepted appointment
            // when the provider completes it exactly at its start, and later
            // then both are allowed
            assertThat(accepted().complete(START).get().status()).isEqualTo(COMPLETED);
            assertThat(accepted().complete(AFTER_START).get().status()).isEqualTo(COMPLETED);
        }

        @Test
        void anAcceptedAppointmentCanBeMarkedMissedFromItsStartOn() {
            // given an accepted appointment
            // when the provider marks it missed at its start, and later
            // then both are allowed
            assertThat(accepted().markMissed(START).get().status()).isEqualTo(MISSED);
            assertThat(accepted().markMissed(AFTER_START).get().status()).isEqualTo(MISSED);
        }

        @Test
        void aMoveChangesOnlyTheStatusAndReason() {
            // given an accepted appointment with a payment
            Appointment before = accepted().recordPayment(Money.of(50_000, "RUB"));

            // when it is completed
            Appointment after = before.complete(AFTER_START).get();

            // then everything but the status is the same
            assertThat(after).usingRecursiveComparison().ignoringFields("status").isEqualTo(before);
        }
    }

    @Nested
    class RefusedMoves {

        @Test
        void aPendingAppointmentCannotBeAcceptedAtOrAfterItsStart() {
            // given a pending appointment
            // when the provider tries to accept it at the start or later
            // then it is refused because it has already started
            assertThat(pending().accept(START).getLeft()).isEqualTo(Rejection.of(Reason.ALREADY_STARTED));
            assertThat(pending().accept(AFTER_START).getLeft()).isEqualTo(Rejection.of(Reason.ALREADY_STARTED));
        }

        @Test
        void aPendingOrAcceptedAppointmentCannotBeCancelledAtOrAfterItsStart() {
            // given pending and accepted appointments
            // when someone tries to cancel them at the start or later
            // then it is refused because they have already started
            for (Appointment appointment : new Appointment[] {pending(), accepted()}) {
                assertThat(appointment.cancel(Option.some("late"), START).getLeft()).isEqualTo(Rejection.of(Reason.ALREADY_STARTED));
                assertThat(appointment.cancel(Option.none(), AFTER_START).getLeft()).isEqualTo(Rejection.of(Reason.ALREADY_STARTED));
            }
        }

        @Test
        void anAcceptedAppointmentCannotBeCompletedOrMarkedMissedBeforeItsStart() {
            // given an accepted appointment
            // when the provider completes it or marks it missed one second before the start
            // then both are refused because it has not started yet
            assertThat(accepted().complete(BEFORE_START).getLeft()).isEqualTo(Rejection.of(Reason.NOT_STARTED_YET));
            assertThat(accepted().markMissed(BEFORE_START).getLeft()).isEqualTo(Rejection.of(Reason.NOT_STARTED_YET));
        }

        @Test
        void aPendingAppointmentCannotBeCompletedOrMarkedMissedEvenAfterItsStart() {
            // given a pending appointment whose start has passed
            // when the provider completes it or marks it missed
            // then both are refused as moves that are not allowed, naming the move
            assertThat(pending().complete(AFTER_START).getLeft()).isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, "PENDING->COMPLETED"));
            assertThat(pending().markMissed(AFTER_START).getLeft()).isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, "PENDING->MISSED"));
        }

        @Test
        void anAcceptedAppointmentCannotBeAcceptedAgainOrRejected() {
            // given an accepted appointment
            // when the provider accepts or rejects it
            // then both are refused
            assertThat(accepted().accept(BEFORE_START).getLeft()).isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, "ACCEPTED->ACCEPTED"));
            assertThat(accepted().reject(Option.some("changed my mind")).getLeft())
                    .isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, "ACCEPTED->REJECTED"));
        }

        @ParameterizedTest
        @EnumSource(value = AppointmentStatus.class, names = {"REJECTED", "CANCELLED", "COMPLETED", "MISSED"})
        void aFinalAppointmentRefusesEveryMoveBeforeAndAfterItsStart(AppointmentStatus finalStatus) {
            // given an appointment in a final status
            Appointment appointment = in(finalStatus);

            // when any move is tried, before or after the start
            // then each is refused as not allowed, and the appointment is unchanged
            for (AppointmentStatus next : EnumSet.complementOf(EnumSet.of(PENDING))) {
                for (Instant now : new Instant[] {BEFORE_START, AFTER_START}) {
                    assertThat(moveTo(appointment, next, now).getLeft())
                            .as(finalStatus + "->" + next + " at " + now)
                            .isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, finalStatus + "->" + next));
                }
            }
            assertThat(appointment.status()).isEqualTo(finalStatus);
        }

        @Test
        void aRefusedMoveKeepsTheEarlierReason() {
            // given an appointment rejected with a reason
            Appointment rejected = in(REJECTED);

            // when someone tries to cancel it with another reason
            Either<Rejection, Appointment> result = rejected.cancel(Option.some("other"), BEFORE_START);

            // then the move is refused and the appointment still has its own reason
            assertThat(result.isLeft()).isTrue();
            assertThat(rejected.reason()).contains("fully booked");
        }
    }

    @Nested
    class StatusMachine {

        private static final Set<String> ALLOWED = Set.of(
                "PENDING->ACCEPTED", "PENDING->REJECTED", "PENDING->CANCELLED",
                "ACCEPTED->CANCELLED", "ACCEPTED->COMPLETED", "ACCEPTED->MISSED");

        @ParameterizedTest
        @EnumSource(AppointmentStatus.class)
        void canMoveToAllowsExactlyTheMovesOfSpecSection4(AppointmentStatus from) {
            // given a status
            // when asking about every possible next status
            // then exactly the moves of the spec's table are allowed
            for (AppointmentStatus to : AppointmentStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + "->" + to).isEqualTo(ALLOWED.contains(from + "->" + to));
            }
        }

        @ParameterizedTest
        @EnumSource(AppointmentStatus.class)
        void everyMoveFromEveryStatusIsEitherDoneOrRefusedWithTheRightReason(AppointmentStatus from) {
            // given an appointment in any status
            // when each move is tried before and after the start
            // then allowed moves succeed only on the right side of the start, others are refused as not allowed
            BiFunction<AppointmentStatus, Instant, Either<Rejection, Appointment>> attempt = (to, now) -> moveTo(in(from), to, now);
            for (AppointmentStatus to : EnumSet.complementOf(EnumSet.of(PENDING))) {
                for (Instant now : new Instant[] {BEFORE_START, AFTER_START}) {
                    Either<Rejection, Appointment> result = attempt.apply(to, now);
                    String move = from + "->" + to + (now == BEFORE_START ? " before" : " after");
                    if (!ALLOWED.contains(from + "->" + to)) {
                        assertThat(result.getLeft()).as(move).isEqualTo(new Rejection(Reason.MOVE_NOT_ALLOWED, from + "->" + to));
                        continue;
                    }
                    boolean before = now == BEFORE_START;
                    boolean rightTime = switch (to) {
                        case REJECTED -> true;
                        case ACCEPTED, CANCELLED -> before;
                        case COMPLETED, MISSED -> !before;
                        case PENDING -> throw new AssertionError("unreachable");
                    };
                    if (rightTime) {
                        assertThat(result.get().status()).as(move).isEqualTo(to);
                    } else {
                        assertThat(result.getLeft()).as(move)
                                .isEqualTo(Rejection.of(before ? Reason.NOT_STARTED_YET : Reason.ALREADY_STARTED));
                    }
                }
            }
        }

        @Test
        void hasStartedIsTrueFromTheStartInstantOn() {
            // given an appointment
            Appointment appointment = pending();

            // when asking just before, at and after the start
            // then it has started at the start instant and later
            assertThat(appointment.hasStarted(BEFORE_START)).isFalse();
            assertThat(appointment.hasStarted(START)).isTrue();
            assertThat(appointment.hasStarted(AFTER_START)).isTrue();
        }
    }

    @Nested
    class Payments {

        @Test
        void paymentsAddUpAndTheBalanceIsPriceMinusPaid() {
            // given an accepted appointment for 2 500.00 RUB
            Appointment appointment = accepted();

            // when the provider records 1 000.00 and then 500.50
            Appointment paid = appointment.recordPayment(Money.of(100_000, "RUB")).recordPayment(Money.of(50_050, "RUB"));

            // then 1 500.50 is paid and 999.50 remains
            assertThat(paid.paid()).isEqualTo(Money.of(150_050, "RUB"));
            assertThat(paid.balance()).isEqualTo(Money.of(99_950, "RUB"));
            assertThat(paid.status()).isEqualTo(ACCEPTED);
        }

        @Test
        void aFullyPaidAppointmentHasAZeroBalance() {
            // given an appointment
            // when exactly the price is paid
            Appointment paid = accepted().recordPayment(Money.of(250_000, "RUB"));

            // then the balance is zero
            assertThat(paid.balance()).isEqualTo(Money.zero(HAIRCUT.price().currency()));
            assertThat(paid.balance().isNegative()).isFalse();
        }

        @Test
        void anOverpaidAppointmentHasANegativeBalance() {
            // given an appointment for 2 500.00 RUB
            // when 3 000.00 is paid
            Appointment overpaid = accepted().recordPayment(Money.of(300_000, "RUB"));

            // then the balance is −500.00
            assertThat(overpaid.balance()).isEqualTo(Money.of(-50_000, "RUB"));
            assertThat(overpaid.balance().isNegative()).isTrue();
        }

        @Test
        void aPaymentInAnotherCurrencyIsRefused() {
            // given an appointment priced in RUB
            Appointment appointment = accepted();

            // when a payment in EUR is recorded
            // then it is refused and nothing changes
            assertThatThrownBy(() -> appointment.recordPayment(Money.of(1_000, "EUR")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("currencies differ");
            assertThat(appointment.paid()).isEqualTo(Money.zero(HAIRCUT.price().currency()));
        }

        @Test
        void paymentsSurviveStatusMovesAndRecordingLeavesStatusAndReasonAlone() {
            // given an accepted appointment with a payment
            Appointment paid = accepted().recordPayment(Money.of(100_000, "RUB"));

            // when it is cancelled with a reason, and another payment is recorded afterwards
            Appointment cancelled = paid.cancel(Option.some("ill"), BEFORE_START).get();
            Appointment refundLater = cancelled.recordPayment(Money.of(-100_000, "RUB"));

            // then the cancelled appointment keeps the payment, and recording keeps status and reason
            assertThat(cancelled.paid()).isEqualTo(Money.of(100_000, "RUB"));
            assertThat(refundLater.status()).isEqualTo(CANCELLED);
            assertThat(refundLater.reason()).contains("ill");
            assertThat(refundLater.paid()).isEqualTo(Money.zero(HAIRCUT.price().currency()));
        }
    }

    @Nested
    class Owed {

        @ParameterizedTest
        @EnumSource(value = AppointmentStatus.class, names = {"ACCEPTED", "COMPLETED", "MISSED"})
        void anAppointmentTheProviderKeptTimeForIsOwedLessWhatWasPaid(AppointmentStatus status) {
            // given an appointment in the status with 1 000.00 of 2 500.00 paid
            Appointment appointment = in(status).recordPayment(Money.of(100_000, "RUB"));

            // then the client owes the remaining 1 500.00
            assertThat(appointment.owed()).isEqualTo(Money.of(150_000, "RUB"));
        }

        @ParameterizedTest
        @EnumSource(value = AppointmentStatus.class, names = {"PENDING", "REJECTED", "CANCELLED"})
        void anAppointmentThatNeverWentAheadOwesNothingAndItsPaymentsAreToGiveBack(AppointmentStatus status) {
            // given an appointment that never went ahead, unpaid and paid 300.00
            Appointment unpaid = in(status);
            Appointment paid = unpaid.recordPayment(Money.of(30_000, "RUB"));

            // then nothing is owed for the unpaid one, and −300.00 (to give back) for the paid one
            assertThat(unpaid.owed()).isEqualTo(Money.zero(HAIRCUT.price().currency()));
            assertThat(paid.owed()).isEqualTo(Money.of(-30_000, "RUB"));
        }

        @ParameterizedTest
        @EnumSource(AppointmentStatus.class)
        void anAppointmentBearsOnTheBalanceExactlyWhenItCanOweOrBeOwedAnything(AppointmentStatus status) {
            // given the appointment unpaid, and paid 300.00
            Appointment unpaid = in(status);
            Appointment paid = unpaid.recordPayment(Money.of(30_000, "RUB"));

            // then an unpaid one bears on the balance only if owed, a paid one always
            assertThat(unpaid.bearsOnBalance()).isEqualTo(status.isOwed());
            assertThat(unpaid.owed().minorUnits() != 0).isEqualTo(unpaid.bearsOnBalance());
            assertThat(paid.bearsOnBalance()).isTrue();
        }
    }
}
