package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

/** Many clients asking an organization for "any free specialist" at the same moment. */
class ConcurrentOrganizationRequestsTest {

    private static final int CLIENTS = 16;
    private static final int MEMBERS = 3;

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Service consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
    private final List<Account> members = List.range(0, MEMBERS).map(i -> world.memberOf(clinic, "Member " + i));
    private final List<Account> clients = List.range(0, CLIENTS).map(i -> world.clientOf(clinic, "Client " + i));

    @RepeatedTest(5)
    void givenThreeMembersWhenManyClientsAskForAnyAtOnceThenEachMemberGetsExactlyOneAndTheRestAreTaken() {
        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(CLIENTS, i -> world.core.requestAppointment()
                .request(clients.get(i).id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10))));

        // then
        List<Appointment> granted = answers.filter(Either::isRight).map(Either::get);
        assertThat(granted.map(Appointment::specialist)).containsExactlyInAnyOrderElementsOf(members.map(Account::id));
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason()))
                .hasSize(CLIENTS - MEMBERS).containsOnly(Reason.SLOT_TAKEN);
        assertThat(world.ports.appointments().ofProviderSide(clinic.id(), AppointmentStatus.PENDING))
                .containsExactlyInAnyOrderElementsOf(granted);
    }
}
