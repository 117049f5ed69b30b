package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.application.servicepackage.Standings;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.money.Totals;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

public final class ViewMyBalanceService implements ViewMyBalance {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public ViewMyBalanceService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<Money>> owed(AccountId actor, AccountId provider) {
        return access.providerVisibleTo(actor, provider).map(p -> {
            Instant now = ports.clock().instant();
            List<Appointment> all = ports.appointments().ofClientEndedBy(actor, now).appendAll(ports.appointments().ofClientEndingAfter(actor, now));
            return Totals.byCurrency(all.filter(appointment -> appointment.provider().equals(provider)).map(Appointment::owed)
                    .appendAll(standings.balances(actor, provider)));
        });
    }
}
