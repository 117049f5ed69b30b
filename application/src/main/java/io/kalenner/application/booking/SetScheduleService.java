package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.Schedule;
import io.vavr.control.Either;

public final class SetScheduleService implements SetSchedule {

    private final Ports ports;
    private final Access access;

    public SetScheduleService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Schedule> set(AccountId actor, Schedule schedule) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .map(provider -> schedule.withExceptions(ports.schedules().of(provider.id()).exceptions()))
                .peek(kept -> ports.schedules().save(actor, kept)));
    }
}
