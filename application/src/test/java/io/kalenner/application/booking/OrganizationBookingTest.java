package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Booking with an organization: its members perform its services; the client picks one, or "any
 * free specialist" and gets the first member free at that time; the organization and the
 * performing member answer the request.
 */
class OrganizationBookingTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Service consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
    /** Monday to Friday, 09:00 to 18:00. */
    private final Account zoe = world.memberOf(clinic, "Zoe");
    /** Tuesdays only, 14:00 to 20:00. */
    private final Account mark = world.memberOf(clinic, "Mark");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final Account bob = world.clientOf(clinic, "Bob");

    OrganizationBookingTest() {
        world.core.setSchedule().set(mark.id(), Schedule.empty().withHours(WorkingHours.NONE
                .with(DayOfWeek.TUESDAY, LocalInterval.of("14:00", "20:00")))).get();
    }

    /** Tuesday 2030-01-08 at the hour, in Moscow time (everyone's setting). */
    private static Instant tuesdayAt(int hour) {
        return Instant.parse("2030-01-08T00:00:00Z").plus(Duration.ofHours(hour - 3));
    }

    private static List<Instant> tuesdayAt(int fromHour, int untilHour) {
        return List.rangeClosed(fromHour, untilHour).map(OrganizationBookingTest::tuesdayAt);
    }

    private Either<Rejection, List<Instant>> slots(Account actor, Option<AccountId> specialist) {
        return world.core.listFreeSlots().freeSlots(actor.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY, specialist));
    }

    private Either<Rejection, Appointment> request(Account client, Instant start, Option<AccountId> specialist) {
        return world.core.requestAppointment().request(client.id(), new RequestAppointment.Command(consultation.id(), start, specialist));
    }

    private Appointment requestedOfAny(Account client, Instant start) {
        return request(client, start, Option.none()).getOrElseThrow(refused -> new AssertionError("refused: " + refused));
    }

    @Test
    void givenTwoMembersWhenAClientAsksForAnyFreeSpecialistThenTheSlotsAreTheUnionOfTheirs() {
        assertThat(slots(anna, Option.none()).get()).containsExactlyElementsOf(tuesdayAt(9, 19));
    }

    @Test
    void givenAChosenMemberWhenAClientAsksForSlotsThenTheyAreThatMembersOnly() {
        assertThat(slots(anna, Option.some(zoe.id())).get()).containsExactlyElementsOf(tuesdayAt(9, 17));
        assertThat(slots(anna, Option.some(mark.id())).get()).containsExactlyElementsOf(tuesdayAt(14, 19));
    }

    @Test
    void givenOneMemberBookedWhenAClientAsksForAnyThenTheOtherMembersTimeIsStillOffered() {
        // given
        request(bob, tuesdayAt(15), Option.some(zoe.id())).get();

        // then
        assertThat(slots(anna, Option.none()).get()).containsExactlyElementsOf(tuesdayAt(9, 19));
        assertThat(slots(anna, Option.some(zoe.id())).get()).doesNotContain(tuesdayAt(15));
    }

    @Test
    void givenBothMembersBookedAtATimeWhenAClientAsksForAnyThenThatTimeIsNotOffered() {
        // given
        request(bob, tuesdayAt(15), Option.some(zoe.id())).get();
        request(bob, tuesdayAt(15), Option.some(mark.id())).get();

        // then
        assertThat(slots(anna, Option.none()).get()).containsExactlyElementsOf(tuesdayAt(9, 19).remove(tuesdayAt(15)));
    }

    @Test
    void givenAChosenSpecialistWhoIsNotAMemberWhenAClientAsksForSlotsOrRequestsThenTheSpecialistIsNotFound() {
        // given
        Account outsider = world.specialist("Outsider");
        World.State before = world.state();

        // when
        Either<Rejection, List<Instant>> slots = slots(anna, Option.some(outsider.id()));
        Either<Rejection, Appointment> request = request(anna, tuesdayAt(10), Option.some(outsider.id()));

        // then
        assertThat(slots.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(request.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnOrganizationWithoutMembersWhenAClientBooksThenNothingIsOffered() {
        // given: the school has working hours of its own, but nobody to do the work
        Account school = world.organization("School");
        world.core.setSchedule().set(school.id(), World.WORKDAYS_9_TO_18).get();
        Service lesson = world.service(school, "Lesson", Duration.ofHours(1));
        Account pupil = world.clientOf(school, "Pupil");
        World.State before = world.state();

        // when
        Either<Rejection, List<Instant>> slots =
                world.core.listFreeSlots().freeSlots(pupil.id(), new ListFreeSlots.Command(lesson.id(), TUESDAY));
        Either<Rejection, Appointment> request =
                world.core.requestAppointment().request(pupil.id(), new RequestAppointment.Command(lesson.id(), tuesdayAt(10)));

        // then
        assertThat(slots.get()).isEmpty();
        assertThat(request.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnyFreeSpecialistWhenAClientRequestsThenTheFirstMemberFreeThenPerformsIt() {
        // when
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));

        // then
        assertThat(appointment.provider()).isEqualTo(clinic.id());
        assertThat(appointment.specialist()).isEqualTo(zoe.id());
        assertThat(appointment.client()).isEqualTo(anna.id());
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.PENDING);
        assertThat(appointment.price()).isEqualTo(consultation.price());
    }

    @Test
    void givenTheFirstMemberBusyWhenAClientRequestsAnyThenTheNextFreeMemberPerformsIt() {
        // given
        requestedOfAny(bob, tuesdayAt(15));

        // when
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));

        // then
        assertThat(appointment.specialist()).isEqualTo(mark.id());
    }

    @Test
    void givenOnlyTheSecondMemberWorksThenWhenAClientRequestsAnyThenThatMemberPerformsIt() {
        assertThat(requestedOfAny(anna, tuesdayAt(19)).specialist()).isEqualTo(mark.id());
        assertThat(requestedOfAny(anna, tuesdayAt(9)).specialist()).isEqualTo(zoe.id());
    }

    @Test
    void givenAMemberBusyInItsOwnPracticeWhenAClientRequestsAnyThenAnotherMemberPerformsIt() {
        // given: Zoe, a Specialist since she joined, has a practice of her own too, and one of its clients booked her at 15:00
        Service own = world.service(zoe, "Private session", Duration.ofHours(1));
        world.requested(world.clientOf(zoe, "Private client"), own, tuesdayAt(15));

        // when
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));

        // then
        assertThat(appointment.specialist()).isEqualTo(mark.id());
    }

    @Test
    void givenEveryMemberBusyWhenAClientRequestsAnyThenTheSlotIsTaken() {
        // given
        requestedOfAny(bob, tuesdayAt(15));
        requestedOfAny(bob, tuesdayAt(15));
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, tuesdayAt(15), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenNoMembersScheduleOffersTheStartWhenAClientRequestsAnyThenItIsNotOffered() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, tuesdayAt(8), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAChosenMemberWhenAClientRequestsThenThatMemberPerformsItEvenWhenAnEarlierMemberIsFree() {
        assertThat(request(anna, tuesdayAt(15), Option.some(mark.id())).get().specialist()).isEqualTo(mark.id());
    }

    @Test
    void givenAChosenMemberBusyWhenAClientRequestsThatMemberThenTheSlotIsTakenThoughAnotherIsFree() {
        // given
        request(bob, tuesdayAt(15), Option.some(mark.id())).get();
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = request(anna, tuesdayAt(15), Option.some(mark.id()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAChosenMemberWhoDoesNotWorkThenWhenAClientRequestsThenItIsNotOffered() {
        assertThat(request(anna, tuesdayAt(10), Option.some(mark.id())).getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
    }

    @Test
    void givenASpecialistsOwnServiceWhenAClientNamesTheSpecialistThenItIsBookedAndAnotherNameIsNotFound() {
        // given
        Account solo = world.specialist("Solo");
        Service session = world.service(solo, "Session", Duration.ofHours(1));
        Account client = world.clientOf(solo, "Client");

        // when
        Either<Rejection, Appointment> named =
                world.core.requestAppointment().request(client.id(), new RequestAppointment.Command(session.id(), tuesdayAt(10), Option.some(solo.id())));
        Either<Rejection, Appointment> other =
                world.core.requestAppointment().request(client.id(), new RequestAppointment.Command(session.id(), tuesdayAt(11), Option.some(zoe.id())));

        // then
        assertThat(named.get().specialist()).isEqualTo(solo.id());
        assertThat(other.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void givenAMemberWhoIsNotAClientWhenItRequestsTheOrganizationsServiceThenTheOrganizationIsNotItsProvider() {
        assertThat(request(zoe, tuesdayAt(15), Option.some(mark.id())).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void givenARequestWhenItIsMadeThenThePerformingMemberAndTheOrganizationAreTold() {
        // when
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));

        // then
        List<Notification> told = world.waitingNotifications();
        assertThat(told.map(Notification::recipient)).containsExactlyInAnyOrder(zoe.id(), clinic.id());
        assertThat(told.map(Notification::kind)).containsOnly(Notification.Kind.APPOINTMENT_REQUESTED);
        assertThat(told.map(Notification::appointment)).containsOnly(appointment.id());
    }

    @Test
    void givenAMembersRequestWhenTheOrganizationAcceptsThenTheClientAndTheMemberAreTold() {
        // given
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));
        int before = world.waitingNotifications().size();

        // when
        Either<Rejection, Appointment> accepted = world.core.answerRequest().accept(clinic.id(), appointment.id());

        // then
        assertThat(accepted.map(Appointment::status)).containsExactly(AppointmentStatus.ACCEPTED);
        List<Notification> told = world.waitingNotifications().drop(before);
        assertThat(told.map(Notification::recipient)).containsExactlyInAnyOrder(anna.id(), zoe.id());
        assertThat(told.map(Notification::kind)).containsOnly(Notification.Kind.APPOINTMENT_ACCEPTED);
    }

    @Test
    void givenAMembersRequestWhenThePerformingMemberRejectsThenTheClientAndTheOrganizationAreTold() {
        // given
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));
        int before = world.waitingNotifications().size();

        // when
        Either<Rejection, Appointment> rejected = world.core.answerRequest().reject(zoe.id(), appointment.id(), Option.some("On leave"));

        // then
        assertThat(rejected.map(Appointment::status)).containsExactly(AppointmentStatus.REJECTED);
        List<Notification> told = world.waitingNotifications().drop(before);
        assertThat(told.map(Notification::recipient)).containsExactlyInAnyOrder(anna.id(), clinic.id());
    }

    @Test
    void givenAMembersRequestWhenAnotherMemberAnswersThenItIsNotTheirs() {
        // given
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> accepted = world.core.answerRequest().accept(mark.id(), appointment.id());
        Either<Rejection, Appointment> rejected = world.core.answerRequest().reject(mark.id(), appointment.id(), Option.none());

        // then
        assertThat(accepted.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(rejected.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnAcceptedAppointmentWhenTheClientCancelsThenTheMemberAndTheOrganizationAreTold() {
        // given
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));
        world.core.answerRequest().accept(zoe.id(), appointment.id()).get();
        int before = world.waitingNotifications().size();

        // when
        world.core.cancelAppointment().cancel(anna.id(), appointment.id(), Option.none()).get();

        // then
        List<Notification> told = world.waitingNotifications().drop(before);
        assertThat(told.map(Notification::recipient)).containsExactlyInAnyOrder(zoe.id(), clinic.id());
        assertThat(told.map(Notification::kind)).containsOnly(Notification.Kind.APPOINTMENT_CANCELLED);
    }

    @Test
    void givenAMembersAppointmentThenTheClientTheMemberAndTheOrganizationSeeItButNotAnotherMember() {
        // given
        Appointment appointment = requestedOfAny(anna, tuesdayAt(15));

        // then
        assertThat(world.core.viewAppointment().view(anna.id(), appointment.id()).get().specialist()).isEqualTo(zoe);
        assertThat(world.core.viewAppointment().view(zoe.id(), appointment.id()).get().provider()).isEqualTo(clinic);
        assertThat(world.core.viewAppointment().view(clinic.id(), appointment.id()).get().client()).isEqualTo(anna);
        assertThat(world.core.viewAppointment().view(mark.id(), appointment.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAnUnknownChosenSpecialistWhenAClientRequestsThenItIsNotFound() {
        assertThat(request(anna, tuesdayAt(15), Option.some(new AccountId(UUID.randomUUID()))).getLeft().reason())
                .isEqualTo(Reason.NOT_FOUND);
    }
}
