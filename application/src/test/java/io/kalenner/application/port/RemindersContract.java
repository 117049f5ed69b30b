package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link Reminders} promises. */
public abstract class RemindersContract extends PortContract {

    private static final Duration HOUR = Duration.ofHours(1);

    private Reminders reminders() {
        return under().reminders();
    }

    private Appointment anAppointment() {
        Account zoe = seed().specialist("Zoe");
        return seed().booked(seed().service(zoe, HOUR), seed().client("Anna"), Seed.T);
    }

    @Test
    void aProviderHasTheDefaultLeadsUntilItSetsItsOwn() {
        Account zoe = seed().specialist("Zoe");

        assertThat(reminders().leadsOf(zoe.id())).isEqualTo(ReminderLeads.DEFAULT);
    }

    @Test
    void setLeadsReplacesTheFormerOnesAndNoneIsKeptAsNone() {
        // given
        Account zoe = seed().specialist("Zoe");
        ReminderLeads threeAndHalf = ReminderLeads.of(List.of(Duration.ofHours(3), Duration.ofMinutes(30))).get();

        // when
        under().transactions().inTransaction(() -> {
            reminders().setLeads(zoe.id(), ReminderLeads.DEFAULT);
            reminders().setLeads(zoe.id(), threeAndHalf);
            return Either.right(zoe);
        });

        // then
        assertThat(reminders().leadsOf(zoe.id())).isEqualTo(threeAndHalf);
        under().transactions().inTransaction(() -> {
            reminders().setLeads(zoe.id(), ReminderLeads.NONE);
            return Either.right(zoe);
        });
        assertThat(reminders().leadsOf(zoe.id())).isEqualTo(ReminderLeads.NONE);
    }

    @Test
    void aReminderIsMarkedSentOnlyOncePerAppointmentAndLead() {
        // given
        Appointment appointment = anAppointment();

        // when
        boolean first = reminders().markSent(appointment.id(), HOUR);
        boolean again = reminders().markSent(appointment.id(), HOUR);

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(reminders().markSent(appointment.id(), Duration.ofHours(24))).isTrue();
        assertThat(reminders().markSent(anAppointment().id(), HOUR)).isTrue();
    }

    @Test
    void ofInstancesMarkingOneReminderAtOnceExactlyOneGetsIt() {
        // given
        Appointment appointment = anAppointment();

        // when
        List<Boolean> marks = List.ofAll(Race.of(8, i -> reminders().markSent(appointment.id(), HOUR)));

        // then
        assertThat(marks.filter(marked -> marked)).hasSize(1);
    }

    @Test
    void aMarkInARefusedTransactionIsNotKept() {
        // given
        Appointment appointment = anAppointment();

        // when
        under().transactions().inTransaction(() -> {
            assertThat(reminders().markSent(appointment.id(), HOUR)).isTrue();
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(reminders().markSent(appointment.id(), HOUR)).isTrue();
    }

    @Test
    void aProviderIsNotToldOfUploadsUntilItOptsIn() {
        Account zoe = seed().specialist("Zoe");

        assertThat(reminders().uploadNoticeOf(zoe.id())).isFalse();
    }

    @Test
    void theUploadNoticeIsSwitchedOnAndOffForThatProviderOnly() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");

        // when
        seed().write(() -> reminders().setUploadNotice(zoe.id(), true));

        // then
        assertThat(reminders().uploadNoticeOf(zoe.id())).isTrue();
        assertThat(reminders().uploadNoticeOf(mark.id())).isFalse();
        seed().write(() -> reminders().setUploadNotice(zoe.id(), false));
        assertThat(reminders().uploadNoticeOf(zoe.id())).isFalse();
    }

    @Test
    void theUploadNoticeAndTheLeadsAreKeptApart() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        ReminderLeads halfHour = ReminderLeads.of(List.of(Duration.ofMinutes(30))).get();

        // when: Zoe switches the notice before she has leads of her own, then sets leads; Mark the other way round
        seed().write(() -> reminders().setUploadNotice(zoe.id(), true));
        assertThat(reminders().leadsOf(zoe.id())).isEqualTo(ReminderLeads.DEFAULT);
        seed().write(() -> reminders().setLeads(zoe.id(), halfHour));
        seed().write(() -> reminders().setLeads(mark.id(), ReminderLeads.NONE));
        seed().write(() -> reminders().setUploadNotice(mark.id(), true));

        // then
        assertThat(reminders().uploadNoticeOf(zoe.id())).isTrue();
        assertThat(reminders().leadsOf(zoe.id())).isEqualTo(halfHour);
        assertThat(reminders().uploadNoticeOf(mark.id())).isTrue();
        assertThat(reminders().leadsOf(mark.id())).isEqualTo(ReminderLeads.NONE);
    }

    @Test
    void anUploadNoticeSwitchedInARefusedTransactionIsNotKept() {
        // given
        Account zoe = seed().specialist("Zoe");

        // when
        under().transactions().inTransaction(() -> {
            reminders().setUploadNotice(zoe.id(), true);
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(reminders().uploadNoticeOf(zoe.id())).isFalse();
    }
}
