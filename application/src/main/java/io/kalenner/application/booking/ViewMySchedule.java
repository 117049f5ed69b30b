package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.LocalInterval;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A provider's own schedule for a range of dates on its own calendar (its time setting): for each
 * date, the clock times it works once holidays, vacations, overrides and absences are applied,
 * and the Pending and Accepted appointments starting that date that it provides or performs
 * (D62). For a specialist, an organization's member included, its own working hours; an
 * organization has no hours of its own (its members work, D12) but sees all its appointments.
 * {@code NOT_A_PROVIDER} for a client; a range that ends before it starts {@code END_BEFORE_START};
 * more than {@link #MAX_DAYS} dates {@code INVALID_INPUT}.
 */
public interface ViewMySchedule {

    /** The most dates one look covers: a month. */
    int MAX_DAYS = 31;

    Either<Rejection, List<Day>> view(AccountId actor, Command command);

    /** Dates {@code from} to {@code to}, both included, on the actor's calendar. */
    record Command(LocalDate from, LocalDate to) {
        public Command {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** One date: its working clock times in order, and its appointments, soonest first. */
    record Day(LocalDate date, List<LocalInterval> working, List<AppointmentView> appointments) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(working, "working");
            Objects.requireNonNull(appointments, "appointments");
        }
    }
}
