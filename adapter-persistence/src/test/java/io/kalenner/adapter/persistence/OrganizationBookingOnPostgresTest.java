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
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Any free specialist" of an organization on PostgreSQL: a member taken meanwhile is passed over
 * for the next one inside the same transaction, and a refusal leaves nothing behind.
 */
@ExtendWith(TestDatabase.class)
class OrganizationBookingOnPostgresTest {

    private static final int CLIENTS = 20;
    private static final int MEMBERS = 3;

    private World world;
    private Account clinic;
    private Service consultation;
    private List<Account> members;
    private List<Account> clients;

    @BeforeEach
    void anOrganizationWithThreeMembersAndTwentyClients() {
        world = TestDatabase.emptyWorld();
        clinic = world.organization("Clinic");
        consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
        members = List.range(0, MEMBERS).map(i -> world.memberOf(clinic, "Member " + i));
        clients = List.range(0, CLIENTS).map(i -> world.clientOf(clinic, "Client " + i));
    }

    @Test
    void givenThreeMembersWhenTwentyClientsAskForAnyAtOnceThenEachMemberGetsExactlyOneAndTheRestAreTaken() {
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
        // each granted request is announced to its member and to the organization, and nothing else
        assertThat(world.waitingNotifications().map(Notification::appointment))
                .containsExactlyInAnyOrderElementsOf(granted.flatMap(a -> List.of(a.id(), a.id())));
    }

    @Test
    void givenTheFirstMembersBusyWhenAClientAsksForAnyThenTheNextOneGetsItOnPostgresToo() {
        // given
        Appointment first = world.requested(clients.get(0), consultation, TUESDAY_10);

        // when
        Appointment second = world.requested(clients.get(1), consultation, TUESDAY_10);

        // then
        assertThat(first.specialist()).isEqualTo(members.get(0).id());
        assertThat(second.specialist()).isEqualTo(members.get(1).id());
        assertThat(world.core.viewAppointment().pendingRequestsOfProvider(clinic.id()).get()).hasSize(2);
        assertThat(world.core.listClients().clients(members.get(2).id(), clinic.id()).get()).hasSize(CLIENTS);
        assertThat(world.core.listOrganizationSpecialists().specialists(clients.get(5).id(), clinic.id()).get())
                .containsExactlyElementsOf(members);
    }
}
