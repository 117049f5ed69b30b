package io.kalenner.adapter.persistence;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.World;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fifty requests for overlapping times of one specialist, at once, on PostgreSQL. */
@ExtendWith(TestDatabase.class)
class ConcurrentBookingTest {

    private static final int RACERS = 50;

    private World world;
    private Account zoe;
    private Service consultation;
    private List<Account> clients;

    @BeforeEach
    void aSpecialistWithFiftyClients() {
        world = TestDatabase.emptyWorld();
        zoe = world.specialist("Zoe");
        consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
        clients = List.range(0, RACERS).map(i -> world.clientOf(zoe, "Client " + i));
    }

    @Test
    void ofFiftyClientsRequestingOneSlotExactlyOneGetsItAndEveryOtherIsToldItIsTaken() {
        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(RACERS, i -> world.core.requestAppointment()
                .request(clients.get(i).id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10))));

        // then
        List<Appointment> granted = answers.filter(Either::isRight).map(Either::get);
        assertThat(granted).hasSize(1);
        assertThat(granted.single().status()).isEqualTo(AppointmentStatus.PENDING);
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason()))
                .hasSize(RACERS - 1).containsOnly(Reason.SLOT_TAKEN);
        assertThat(world.ports.appointments().busyTimes(zoe.id(), World.TUESDAY)).containsExactly(granted.single().time());
        // and only the winner's request is announced
        assertThat(world.waitingNotifications().map(Notification::appointment)).containsExactly(granted.single().id());
    }

    @Test
    void ofFiftyOverlappingTimesStoredAtOnceExactlyOneIsKept() {
        // given requests starting every ten minutes over the same hour, each overlapping all the others
        List<Appointment> requests = List.range(0, RACERS).map(i -> Appointment.request(new AppointmentId(UUID.randomUUID()),
                consultation, zoe.id(), clients.get(i).id(), TUESDAY_10.plus(Duration.ofMinutes(i % 6 * 10)), World.MONDAY_9));

        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(RACERS, i -> world.ports.transactions()
                .inTransaction(() -> world.ports.appointments().addIfFree(requests.get(i), Duration.ZERO))));

        // then
        assertThat(answers.filter(Either::isRight)).hasSize(1);
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason()))
                .hasSize(RACERS - 1).containsOnly(Reason.SLOT_TAKEN);
        assertThat(world.ports.appointments().busyTimes(zoe.id(), new TimeRange(TUESDAY_10.minus(Duration.ofHours(2)), TUESDAY_10.plus(Duration.ofHours(3)))))
                .hasSize(1);
    }

    @Test
    void ofFiftyTimesWithinEachOthersBufferStoredAtOnceExactlyOneIsKept() {
        // given back-to-back hours, none overlapping another, each within the half hour of rest of its neighbours
        Duration buffer = Duration.ofMinutes(30);
        List<Appointment> requests = List.range(0, RACERS).map(i -> Appointment.request(new AppointmentId(UUID.randomUUID()),
                consultation, zoe.id(), clients.get(i).id(), TUESDAY_10.plus(Duration.ofHours(i % 2)), World.MONDAY_9));

        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(RACERS, i -> world.ports.transactions()
                .inTransaction(() -> world.ports.appointments().addIfFree(requests.get(i), buffer))));

        // then the database kept the rest between them, which no constraint of its own knows about
        assertThat(answers.filter(Either::isRight)).hasSize(1);
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason()))
                .hasSize(RACERS - 1).containsOnly(Reason.SLOT_TAKEN);
        assertThat(world.ports.appointments().busyTimes(zoe.id(), new TimeRange(TUESDAY_10.minus(Duration.ofHours(2)), TUESDAY_10.plus(Duration.ofHours(3)))))
                .hasSize(1);
    }
}
