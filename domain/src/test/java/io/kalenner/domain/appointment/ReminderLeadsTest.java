package io.kalenner.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderLeadsTest {

    private static final Instant START = Instant.parse("2030-03-10T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theDefaultRemindsADayAndAnHourBefore() {
        assertThat(ReminderLeads.DEFAULT.leads()).containsExactly(DAY, HOUR);
    }

    @Test
    void leadsAreKeptLargestFirstAndOnce() {
        ReminderLeads leads = ReminderLeads.of(List.of(HOUR, DAY, HOUR)).get();

        assertThat(leads.leads()).containsExactly(DAY, HOUR);
        assertThat(leads.longest()).isEqualTo(DAY);
    }

    @Test
    void aLeadShorterThanAQuarterOfAnHourOrLongerThanTwoDaysIsRefused() {
        assertThat(ReminderLeads.of(List.of(Duration.ofMinutes(14))).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(ReminderLeads.of(List.of(Duration.ofDays(2).plusMinutes(1))).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(ReminderLeads.of(List.of(Duration.ofMinutes(15), Duration.ofDays(2))).isRight()).isTrue();
    }

    @Test
    void moreThanThreeRemindersAreRefused() {
        assertThat(ReminderLeads.of(List.of(DAY, Duration.ofHours(3), Duration.ofHours(2), HOUR)).getLeft().detail())
                .contains("at most 3");
    }

    @Test
    void noReminderIsDueBeforeTheLongestLeadsMoment() {
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.minus(DAY).minusSeconds(1))).isEmpty();
    }

    @Test
    void theDayBeforeReminderIsDueFromItsMomentUntilTheHourBeforeOne() {
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.minus(DAY))).isEqualTo(Option.some(DAY));
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.minus(HOUR).minusSeconds(1))).isEqualTo(Option.some(DAY));
    }

    @Test
    void onceTheShorterLeadIsDueTheLongerOneIsNotOwedAnyMore() {
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.minus(HOUR))).isEqualTo(Option.some(HOUR));
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.minusSeconds(1))).isEqualTo(Option.some(HOUR));
    }

    @Test
    void nothingIsDueOnceTheAppointmentHasStarted() {
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START)).isEmpty();
        assertThat(ReminderLeads.DEFAULT.dueAt(START, START.plusSeconds(1))).isEmpty();
    }

    @Test
    void withRemindersTurnedOffNothingIsEverDue() {
        assertThat(ReminderLeads.NONE.dueAt(START, START.minus(HOUR))).isEmpty();
        assertThat(ReminderLeads.of(List.empty()).get()).isEqualTo(ReminderLeads.NONE);
    }

    @Test
    void thePassedLeadsAreThoseWhoseMomentHasCome() {
        assertThat(ReminderLeads.DEFAULT.passedAt(START, START.minus(Duration.ofHours(3)))).containsExactly(DAY);
        assertThat(ReminderLeads.DEFAULT.passedAt(START, START.minus(Duration.ofDays(3)))).isEmpty();
    }
}
