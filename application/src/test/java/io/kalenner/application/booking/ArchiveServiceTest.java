package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Archiving a service: only its provider; it is no longer offered, and its history stays. */
class ArchiveServiceTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Service yoga = world.service(zoe, "Yoga", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");

    private Either<Rejection, Service> archive(Account actor, ServiceId service) {
        return world.core.archiveService().archive(actor.id(), service);
    }

    @Test
    void givenItsProviderWhenItArchivesAServiceThenItIsNeitherListedNorOfferedNorBookable() {
        // when
        Service archived = archive(zoe, consultation.id()).get();

        // then
        assertThat(archived).isEqualTo(consultation.archive());
        assertThat(world.core.listServices().services(anna.id(), zoe.id()).get()).containsExactly(yoga);
        assertThat(world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY))
                .getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
        assertThat(world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10))
                .getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
        assertThat(world.core.listServices().service(anna.id(), consultation.id())).containsExactly(archived);
    }

    @Test
    void givenABookedAppointmentWhenItsServiceIsArchivedThenTheAppointmentStaysAndCanStillBeAnswered() {
        // given
        Appointment booked = world.requested(anna, consultation, TUESDAY_10);

        // when
        archive(zoe, consultation.id()).get();

        // then
        assertThat(world.core.viewAppointment().view(anna.id(), booked.id()).get().service().archived()).isTrue();
        assertThat(world.core.answerRequest().accept(zoe.id(), booked.id()).map(Appointment::status))
                .containsExactly(AppointmentStatus.ACCEPTED);
    }

    @Test
    void givenAnArchivedServiceWhenItsProviderArchivesItAgainThenNothingChanges() {
        // given
        Service archived = archive(zoe, consultation.id()).get();
        World.State before = world.state();

        // when
        Either<Rejection, Service> again = archive(zoe, consultation.id());

        // then
        assertThat(again).containsExactly(archived);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnotherProviderWhenItArchivesTheServiceThenItIsNotTheirs() {
        // given
        Account mark = world.specialist("Mark");
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = archive(mark, consultation.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().findById(consultation.id())).containsExactly(consultation);
    }

    @Test
    void givenAMemberOfTheOrganizationWhenItArchivesTheOrganizationsServiceThenItIsNotTheirs() {
        // given
        Account clinic = world.organization("Clinic");
        Service checkUp = world.service(clinic, "Check-up", Duration.ofMinutes(30));
        Account member = world.memberOf(clinic, "Member");
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = archive(member, checkUp.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAClientWhenItArchivesAServiceThenItIsNotAProvider() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = archive(anna, consultation.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnUnknownServiceWhenItsProviderArchivesItThenItIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Service> answer = archive(zoe, new ServiceId(UUID.randomUUID()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }
}
