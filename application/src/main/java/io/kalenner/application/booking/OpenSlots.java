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
     * The start, when it is free. A start the schedule's rules never offer (outside working
     * hours, off the step, too soon, too far ahead) is {@code SLOT_NOT_OFFERED}; one they offer but
     * another appointment keeps busy is {@code SLOT_TAKEN}, as when someone was faster.
     */
    Either<Rejection, Instant> check(Account specialist, Service service, Instant start, Instant now) {
        Schedule schedule = ports.schedules().of(specialist.id());
        if (!new Availability(schedule, specialist.timeSetting().zone(), List.empty()).offers(start, service.duration(), now)) {
            return Rejection.of(Reason.SLOT_NOT_OFFERED).asLeft();
        }
        TimeRange around = TimeRange.of(start, service.duration());
        return availability(specialist, schedule, around.widenedBy(service.duration())).offers(start, service.duration(), now)
                ? Either.right(start)
                : Rejection.of(Reason.SLOT_TAKEN).asLeft();
    }

    private Availability availability(Account specialist, Schedule schedule, TimeRange busyWindow) {
        var busy = ports.appointments().busyTimes(specialist.id(), busyWindow.widenedBy(schedule.buffer()));
        return new Availability(schedule, specialist.timeSetting().zone(), busy);
    }
}
