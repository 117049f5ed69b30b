package io.kalenner.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentEvent.PaymentRecorded;
import io.kalenner.domain.appointment.AppointmentEvent.StatusChanged;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentEventTest {

    private static final AccountId PROVIDER = new AccountId(UUID.randomUUID());
    private static final AccountId CLIENT = new AccountId(UUID.randomUUID());
    private static final Instant REQUESTED_AT = Instant.parse("2030-03-01T10:00:00Z");
    private static final Instant START = Instant.parse("2030-03-10T09:00:00Z");
    private static final Instant LATER = START.plus(Duration.ofHours(2));
    private static final Service CONSULTATION = new Service(new ServiceId(UUID.randomUUID()), PROVIDER, "Consultation",
            Duration.ofHours(1), Money.of(300_000, "RUB"), false);

    private static Appointment pending() {
        return Appointment.request(new AppointmentId(UUID.randomUUID()), CONSULTATION, PROVIDER, CLIENT, START, REQUESTED_AT);
    }

    @Test
    void theFirstEntryIsTheClientsRequestAtItsTime() {
        Appointment request = pending();

        AppointmentEvent first = AppointmentEvent.requested(request);

        assertThat(first).isEqualTo(new AppointmentEvent(request.id(), REQUESTED_AT, CLIENT,
                new StatusChanged(AppointmentStatus.PENDING, Option.none())));
    }

    @Test
    void aMoveIsRecordedWithItsReasonAndWhoMadeIt() {
        Appointment before = pending().accept(REQUESTED_AT).get();
        Appointment after = before.cancel(Option.some("ill"), REQUESTED_AT).get();

        assertThat(AppointmentEvent.between(before, after, CLIENT, LATER)).containsExactly(new AppointmentEvent(after.id(), LATER, CLIENT,
                new StatusChanged(AppointmentStatus.CANCELLED, Option.some("ill"))));
    }

    @Test
    void aPaymentIsRecordedAsTheAmountReceivedNotTheNewTotal() {
        Appointment before = pending().accept(REQUESTED_AT).get().recordPayment(Money.of(100_000, "RUB"));
        Appointment after = before.recordPayment(Money.of(50_000, "RUB"));

        assertThat(AppointmentEvent.between(before, after, PROVIDER, LATER).map(AppointmentEvent::change))
                .containsExactly(new PaymentRecorded(Money.of(50_000, "RUB")));
    }

    @Test
    void nothingChangedIsNoEntry() {
        Appointment same = pending();

        assertThat(AppointmentEvent.between(same, same, PROVIDER, LATER)).isEmpty();
    }

    @Test
    void twoDifferentAppointmentsAreNotComparedWithEachOther() {
        assertThatThrownBy(() -> AppointmentEvent.between(pending(), pending(), PROVIDER, LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
