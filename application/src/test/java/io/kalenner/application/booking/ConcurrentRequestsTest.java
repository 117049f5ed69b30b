package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

/** Many clients asking for the same slot at the same moment. */
class ConcurrentRequestsTest {

    private static final int CLIENTS = 16;

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final List<Account> clients = List.range(0, CLIENTS).map(i -> world.clientOf(zoe, "Client " + i));

    @RepeatedTest(5)
    void ofManyClientsRequestingOneSlotAtOnceExactlyOneGetsIt() {
        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(CLIENTS, i -> world.core.requestAppointment()
                .request(clients.get(i).id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10))));

        // then one request is Pending
        List<Appointment> granted = answers.filter(Either::isRight).map(Either::get);
        assertThat(granted).hasSize(1);
        assertThat(granted.single().status()).isEqualTo(AppointmentStatus.PENDING);
        // and every other one was told the slot is taken
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason()))
                .hasSize(CLIENTS - 1).containsOnly(Reason.SLOT_TAKEN);
        // and only that one is stored, and announced once
        assertThat(clients.flatMap(client -> world.ports.appointments().ofClient(client.id())))
                .containsExactly(granted.single());
        assertThat(world.ports.appointments().busyTimes(zoe.id(), new TimeRange(World.MONDAY_9, TUESDAY_10.plus(Duration.ofDays(1)))))
                .containsExactly(granted.single().time());
        assertThat(world.waitingNotifications().map(Notification::appointment)).containsExactly(granted.single().id());
    }
}
