package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

public final class ViewMyScheduleService implements ViewMySchedule {

    private final Ports ports;
    private final Access access;
    private final ViewAppointment appointments;

    public ViewMyScheduleService(Ports ports, Access access, ViewAppointment appointments) {
        this.ports = ports;
        this.access = access;
        this.appointments = appointments;
    }

    @Override
    public Either<Rejection, List<Day>> view(AccountId actor, Command command) {
        if (command.to().isBefore(command.from())) {
            return Rejection.of(Reason.END_BEFORE_START, command.from() + ".." + command.to()).asLeft();
        }
        long days = ChronoUnit.DAYS.between(command.from(), command.to()) + 1;
        if (days > MAX_DAYS) {
            return Rejection.of(Reason.INVALID_INPUT, "at most " + MAX_DAYS + " days").asLeft();
        }
        return access.provider(actor).flatMap(provider -> heldTime(actor).map(held -> {
            ZoneId zone = provider.timeSetting().zone();
            Schedule schedule = ports.schedules().of(provider.id());
            return List.range(0L, days).map(command.from()::plusDays)
                    .map(date -> new Day(date, workingTime(provider, schedule, date),
                            held.filter(view -> startsOn(view, date, zone))));
        }));
    }

    /** The Pending and Accepted appointments on the actor's side, as the dashboard's lists show them, soonest first. */
    private Either<Rejection, List<AppointmentView>> heldTime(AccountId actor) {
        return appointments.pendingRequestsOfProvider(actor)
                .flatMap(pending -> appointments.upcomingOfProvider(actor).map(pending::appendAll))
                .map(all -> all.sortBy(view -> view.appointment().time().start()));
    }

    // an organization's own hours are never used: its members work (D12)
    private static List<LocalInterval> workingTime(Account provider, Schedule schedule, LocalDate date) {
        return provider.isOrganization() ? List.empty() : schedule.workingTimeOn(date);
    }

    private static boolean startsOn(AppointmentView view, LocalDate date, ZoneId zone) {
        return view.appointment().time().start().atZone(zone).toLocalDate().equals(date);
    }
}
