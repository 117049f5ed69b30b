package io.kalenner.application.reminder;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;

public final class SetRemindersService implements SetReminders {

    private final Ports ports;
    private final Access access;

    public SetRemindersService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, ReminderLeads> set(AccountId actor, List<Duration> leads) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .flatMap(provider -> ReminderLeads.of(leads)
                        .peek(valid -> ports.reminders().setLeads(provider.id(), valid))));
    }

    @Override
    public Either<Rejection, ReminderLeads> current(AccountId actor) {
        return access.provider(actor).map(provider -> ports.reminders().leadsOf(provider.id()));
    }
}
