package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentEvent.PaymentRecorded;
import io.kalenner.domain.appointment.AppointmentEvent.StatusChanged;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link AppointmentHistory} promises. */
public abstract class AppointmentHistoryContract extends PortContract {

    private AppointmentHistory history() {
        return under().history();
    }

    private Appointment anAppointment() {
        Account zoe = seed().specialist("Zoe");
        return seed().booked(seed().service(zoe, Duration.ofHours(1)), seed().client("Anna"), Seed.T);
    }

    private void add(AppointmentEvent event) {
        seed().write(() -> history().add(event));
    }

    @Test
    void entriesComeBackWithEveryFieldOldestFirstAndInTheirOrderWithinOneInstant() {
        // given
        Appointment appointment = anAppointment();
        AppointmentEvent requested = AppointmentEvent.requested(appointment);
        AppointmentEvent cancelled = new AppointmentEvent(appointment.id(), Seed.REQUESTED_AT.plusSeconds(60), appointment.client(),
                new StatusChanged(AppointmentStatus.CANCELLED, Option.some("ill")));
        AppointmentEvent paid = new AppointmentEvent(appointment.id(), Seed.REQUESTED_AT.plusSeconds(60), appointment.provider(),
                new PaymentRecorded(Money.of(150_050, "RUB")));

        // when: added out of time order
        add(cancelled);
        add(paid);
        add(requested);

        // then
        assertThat(history().of(appointment.id())).containsExactly(requested, cancelled, paid);
    }

    @Test
    void anotherAppointmentsEntriesAreNotIncluded() {
        // given
        Appointment mine = anAppointment();
        Appointment other = anAppointment();
        add(AppointmentEvent.requested(mine));
        add(AppointmentEvent.requested(other));

        // then
        assertThat(history().of(mine.id())).containsExactly(AppointmentEvent.requested(mine));
    }

    @Test
    void anEntryInARefusedTransactionIsNotKept() {
        // given
        Appointment appointment = anAppointment();

        // when
        under().transactions().inTransaction(() -> {
            history().add(AppointmentEvent.requested(appointment));
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(history().of(appointment.id())).isEmpty();
    }
}
