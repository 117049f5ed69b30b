package io.kalenner.application.booking;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.schedule.Availability;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

/** Reads what the availability rules need for one service's specialist and asks them. */
final class OpenSlots {

    private final Ports ports;

    OpenSlots(Ports ports) {
        this.ports = ports;
    }

    List<Instant> of(Account specialist, Service service, TimeRange window, Instant now) {
        Schedule schedule = ports.schedules().of(specialist.id());
        return availability(specialist, schedule, window.widenedBy(service.duration())).freeSlots(service.duration(), window, now);
    }

    /**
     * The specialist's schedule, when its rules offer the start; a start they never offer (outside
     * working hours, off the step, too soon, too far ahead, in an absence) is
     * {@code SLOT_NOT_OFFERED}. Whether other appointments keep the time busy is left to the
     * booking's own atomic check ({@code addIfFree} with the schedule's buffer), which a racing
     * booking cannot slip past.
     */
    Either<Rejection, Schedule> offering(Account specialist, Service service, Instant start, Instant now) {
        Schedule schedule = ports.schedules().of(specialist.id());
        return new Availability(schedule, specialist.timeSetting().zone(), List.empty()).offers(start, service.duration(), now)
                ? Either.right(schedule)
                : Rejection.of(Reason.SLOT_NOT_OFFERED).asLeft();
    }

    private Availability availability(Account specialist, Schedule schedule, TimeRange busyWindow) {
        var busy = ports.appointments().busyTimes(specialist.id(), busyWindow.widenedBy(schedule.buffer()));
        return new Availability(schedule, specialist.timeSetting().zone(), busy);
    }
}
