package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.function.BiFunction;

/** Adds, removes and lists a provider's schedule exceptions, always for the acting provider itself. */
public final class ScheduleExceptionsService implements AddScheduleException, RemoveScheduleException, ListScheduleExceptions {

    private final Ports ports;
    private final Access access;

    public ScheduleExceptionsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, ScheduleExceptions> add(AccountId actor, AddScheduleException.Command command) {
        return change(actor, (provider, schedule) -> schedule.exceptions().add(command.exception(), today(provider), schedule.horizon()));
    }

    @Override
    public Either<Rejection, ScheduleExceptions> remove(AccountId actor, RemoveScheduleException.Command command) {
        return change(actor, (provider, schedule) -> schedule.exceptions().remove(command.exception()));
    }

    @Override
    public Either<Rejection, List<ScheduleException>> list(AccountId actor) {
        return access.provider(actor).map(provider -> ports.schedules().of(provider.id()).exceptions().from(today(provider)));
    }

    private Either<Rejection, ScheduleExceptions> change(AccountId actor, BiFunction<Account, Schedule, Either<Rejection, ScheduleExceptions>> how) {
        return ports.transactions().inTransaction(() -> access.provider(actor).flatMap(provider -> {
            Schedule schedule = ports.schedules().of(provider.id());
            return how.apply(provider, schedule).peek(changed -> ports.schedules().save(provider.id(), schedule.withExceptions(changed)));
        }));
    }

    /** The provider's date now: exceptions are dates of the provider's own calendar. */
    private LocalDate today(Account provider) {
        return ports.clock().instant().atZone(provider.timeSetting().zone()).toLocalDate();
    }
}
