package io.kalenner.application.reminder;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.ReminderLeads;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders before an Accepted appointment: to the client and the specialist, each at most once, at the provider's leads. */
public class RemindersTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);

    private World world;
    private Account zoe;
    private Service consultation;
    private Account anna;

    /** The world the story runs in; a database's binding gives its own. */
    protected World newWorld() {
        return new World();
    }

    @BeforeEach
    void aSpecialistWithAClient() {
        world = newWorld();
        zoe = world.specialist("Zoe");
        consultation = world.service(zoe, "Consultation", HOUR);
        anna = world.clientOf(zoe, "Anna");
    }

    private Appointment accepted(Instant start) {
        Appointment request = world.requested(anna, consultation, start);
        return world.core.answerRequest().accept(zoe.id(), request.id()).get();
    }

    private int sendDueAt(Instant now) {
        world.clock.set(now);
        return world.core.sendDueReminders().sendDue();
    }

    private List<AccountId> remindedOf(Appointment appointment) {
        return world.waitingNotifications()
                .filter(n -> n.kind() == Notification.Kind.APPOINTMENT_REMINDER && n.appointment().equals(appointment.id()))
                .map(Notification::recipient);
    }

    @Test
    void nothingIsSentBeforeTheDayBeforeMoment() {
        Appointment appointment = accepted(TUESDAY_10);

        assertThat(sendDueAt(TUESDAY_10.minus(DAY).minusSeconds(1))).isZero();
        assertThat(remindedOf(appointment)).isEmpty();
    }

    @Test
    void theDayBeforeReminderReachesTheClientAndTheSpecialistOnce() {
        Appointment appointment = accepted(TUESDAY_10);

        assertThat(sendDueAt(TUESDAY_10.minus(DAY))).isEqualTo(1);
        assertThat(sendDueAt(TUESDAY_10.minus(DAY).plus(Duration.ofMinutes(5)))).isZero();

        assertThat(remindedOf(appointment)).containsExactlyInAnyOrder(anna.id(), zoe.id());
    }

    @Test
    void theHourBeforeReminderFollowsTheDayBeforeOne() {
        Appointment appointment = accepted(TUESDAY_10);
        sendDueAt(TUESDAY_10.minus(DAY));

        assertThat(sendDueAt(TUESDAY_10.minus(HOUR))).isEqualTo(1);

        assertThat(remindedOf(appointment)).hasSize(4);
    }

    @Test
    void anAppointmentAcceptedAfterTheDayBeforeMomentGetsOnlyTheHourBeforeReminder() {
        Appointment request = world.requested(anna, consultation, TUESDAY_10);
        world.clock.set(TUESDAY_10.minus(Duration.ofHours(3)));
        world.core.answerRequest().accept(zoe.id(), request.id()).get();

        assertThat(sendDueAt(TUESDAY_10.minus(Duration.ofHours(3)))).isZero();
        assertThat(sendDueAt(TUESDAY_10.minus(HOUR))).isEqualTo(1);

        assertThat(remindedOf(request)).containsExactlyInAnyOrder(anna.id(), zoe.id());
    }

    @Test
    void aPendingOrCancelledAppointmentIsNotReminded() {
        Appointment pending = world.requested(anna, consultation, TUESDAY_10);
        Appointment cancelled = accepted(TUESDAY_10.plus(Duration.ofHours(2)));
        world.core.cancelAppointment().cancel(anna.id(), cancelled.id(), Option.none()).get();

        assertThat(sendDueAt(TUESDAY_10.minus(HOUR))).isZero();

        assertThat(remindedOf(pending)).isEmpty();
        assertThat(remindedOf(cancelled)).isEmpty();
    }

    @Test
    void nothingIsSentOnceTheAppointmentHasStarted() {
        accepted(TUESDAY_10);

        assertThat(sendDueAt(TUESDAY_10)).isZero();
    }

    @Test
    void theProvidersOwnLeadsDecideWhen() {
        world.core.setReminders().set(zoe.id(), List.of(Duration.ofHours(2))).get();
        Appointment appointment = accepted(TUESDAY_10);

        assertThat(sendDueAt(TUESDAY_10.minus(DAY))).isZero();
        assertThat(sendDueAt(TUESDAY_10.minus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(sendDueAt(TUESDAY_10.minus(HOUR))).isZero();

        assertThat(remindedOf(appointment)).hasSize(2);
    }

    @Test
    void aProviderCanTurnRemindersOff() {
        world.core.setReminders().set(zoe.id(), List.empty()).get();
        accepted(TUESDAY_10);

        assertThat(sendDueAt(TUESDAY_10.minus(HOUR))).isZero();
    }

    @Test
    void ofSeveralProcessesSendingAtOnceExactlyOneRemindsOfTheAppointment() {
        Appointment appointment = accepted(TUESDAY_10);
        world.clock.set(TUESDAY_10.minus(DAY));

        List<Integer> reminded = List.ofAll(Race.of(8, i -> world.core.sendDueReminders().sendDue()));

        assertThat(reminded.sum().intValue()).isEqualTo(1);
        assertThat(remindedOf(appointment)).hasSize(2);
    }

    @Test
    void aProviderSeesTheDefaultLeadsUntilItSetsItsOwn() {
        assertThat(world.core.setReminders().current(zoe.id()).get()).isEqualTo(ReminderLeads.DEFAULT);

        world.core.setReminders().set(zoe.id(), List.of(Duration.ofHours(3), Duration.ofMinutes(30))).get();

        assertThat(world.core.setReminders().current(zoe.id()).get().leads())
                .containsExactly(Duration.ofHours(3), Duration.ofMinutes(30));
    }

    @Test
    void aClientCannotSetReminders() {
        World.State before = world.state();

        assertThat(world.core.setReminders().set(anna.id(), List.of(HOUR)).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.setReminders().current(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void invalidLeadsAreRefusedAndTheFormerOnesKept() {
        world.core.setReminders().set(zoe.id(), List.of(Duration.ofHours(2))).get();

        assertThat(world.core.setReminders().set(zoe.id(), List.of(Duration.ofMinutes(5))).getLeft().reason())
                .isEqualTo(Reason.INVALID_INPUT);

        assertThat(world.core.setReminders().current(zoe.id()).get().leads()).containsExactly(Duration.ofHours(2));
    }
}
