package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A client's request for a slot: who may ask, which slots exist, and that a refusal changes nothing. */
class RequestAppointmentTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account bob = world.clientOf(zoe, "Bob");

    private Either<Rejection, Appointment> request(Account client, Service service, Instant start) {
        return request(client, service.id(), start);
    }

    private Either<Rejection, Appointment> request(Account client, ServiceId service, Instant start) {
        return world.core.requestAppointment().request(client.id(), new RequestAppointment.Command(service, start));
    }

    @Test
    void aClientCannotRequestWithAProviderNotOnItsList() {
        // given
        Account stranger = world.user("Stranger");
        Account mark = world.specialist("Mark");
        world.clientOf(mark, "Mark's client");
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(stranger, consultation, TUESDAY_10);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aClientOfAnotherProviderCannotRequestWithThisOne() {
        // given
        Account mark = world.specialist("Mark");
        Account marksClient = world.clientOf(mark, "Mark's client");
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(marksClient, consultation, TUESDAY_10);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2030-01-13T07:00:00Z", // Sunday 10:00: no working hours
        "2030-01-08T05:00:00Z", // Tuesday 08:00: before the day starts
        "2030-01-08T14:30:00Z", // Tuesday 17:30: would end after 18:00
        "2030-01-08T15:00:00Z", // Tuesday 18:00: the day is over
        "2030-01-08T07:15:00Z", // Tuesday 10:15: between offered starts
        "2030-01-07T07:00:00Z", // today 10:00: less than two hours' notice
        "2030-01-07T05:00:00Z", // today 08:00: in the past
        "2030-03-19T07:00:00Z"  // a Tuesday 71 days ahead: beyond the horizon
    })
    void aSlotOutsideTheScheduleIsNotOffered(String start) {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, consultation, Instant.parse(start));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSlotJustTakenIsRefusedAsTaken() {
        // given
        world.requested(anna, consultation, TUESDAY_10);
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(bob, consultation, TUESDAY_10);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSlotOverlappingATakenOneIsRefusedAsTaken() {
        // given: a half-hour service offered every half hour, and Anna's hour from 10:00
        Service short_ = world.service(zoe, "Check-up", Duration.ofMinutes(30));
        world.requested(anna, consultation, TUESDAY_10);
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(bob, short_, TUESDAY_10.plus(Duration.ofMinutes(30)));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSlotInsideAnotherAppointmentsBufferIsRefusedAsTaken() {
        // given: Mark keeps 15 minutes free around each appointment, and Anna has 10:00 to 11:00
        Account mark = world.provider("Mark", ProviderKind.SPECIALIST);
        world.core.setSchedule().set(mark.id(), new Schedule(World.WORKDAYS_9_TO_18.hours(), Duration.ofMinutes(15),
                Schedule.DEFAULT_NOTICE, Schedule.DEFAULT_HORIZON, Option.none())).get();
        Service massage = world.service(mark, "Massage", Duration.ofHours(1));
        Account marksClient = world.clientOf(mark, "Mark's client");
        world.requested(world.clientOf(mark, "Anna"), massage, TUESDAY_10);
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(marksClient, massage, TUESDAY_10.plus(Duration.ofHours(1)));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theSlotsNextToATakenOneStayFree() {
        // given
        world.requested(anna, consultation, TUESDAY_10);

        // then
        assertThat(request(bob, consultation, TUESDAY_10.minus(Duration.ofHours(1))).isRight()).isTrue();
        assertThat(request(bob, consultation, TUESDAY_10.plus(Duration.ofHours(1))).isRight()).isTrue();
    }

    @Test
    void aRejectedRequestFreesItsSlot() {
        // given
        Appointment annas = world.requested(anna, consultation, TUESDAY_10);
        world.core.answerRequest().reject(zoe.id(), annas.id(), Option.some("I am ill")).get();

        // when
        Either<Rejection, Appointment> answer = request(bob, consultation, TUESDAY_10);

        // then
        assertThat(answer.isRight()).isTrue();
    }

    @Test
    void anArchivedServiceCannotBeRequested() {
        // given
        world.ports.services().save(consultation.archive());
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, consultation, TUESDAY_10);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anArchivedServiceIsNeitherListedNorOffered() {
        // given
        Service yoga = world.service(zoe, "Yoga", Duration.ofHours(1));
        world.ports.services().save(consultation.archive());

        // then
        assertThat(world.core.listServices().services(anna.id(), zoe.id()).get()).containsExactly(yoga);
        assertThat(world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY))
                .getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
        assertThat(world.core.listServices().service(anna.id(), consultation.id()).get().archived()).isTrue();
    }

    @Test
    void anUnknownServiceIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, new ServiceId(UUID.randomUUID()), TUESDAY_10);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aStrangerSeesNeitherTheServicesNorTheSlotsOfAProvider() {
        // given
        Account stranger = world.user("Stranger");

        // then
        assertThat(world.core.listServices().services(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.core.listFreeSlots().freeSlots(stranger.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY))
                .getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }
}
