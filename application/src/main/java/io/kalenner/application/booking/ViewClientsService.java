package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.application.servicepackage.Standings;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

public final class ViewClientsService implements ViewClients {

    private final Ports ports;
    private final Access access;
    private final AppointmentViews views;
    private final Standings standings;

    public ViewClientsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.views = new AppointmentViews(ports, access);
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<ClientCard>> all(AccountId actor) {
        return access.provider(actor).map(me -> {
            List<Account> practices = List.of(me).appendAll(ports.accounts().organizationsOf(actor));
            Map<Tuple2<AccountId, AccountId>, List<Appointment>> seen = seenBy(actor).groupBy(a -> Tuple.of(a.client(), a.provider()));
            return practices.flatMap(practice -> {
                Map<AccountId, List<Money>> packages = packageBalances(actor, practice);
                return ports.accounts().clientsOf(practice.id())
                        .filter(client -> !client.id().equals(practice.id()))
                        .sorted(Comparator.comparing((Account client) -> client.displayName().toLowerCase(Locale.ROOT)))
                        .map(client -> card(client, practice, seen.get(Tuple.of(client.id(), practice.id())).getOrElse(List.empty()), packages));
            });
        });
    }

    @Override
    public Either<Rejection, ClientCard> one(AccountId actor, AccountId client, AccountId practice) {
        return access.providerSide(actor, practice)
                .filterOrElse(p -> !client.equals(practice) && ports.accounts().hasProvider(client, practice), p -> Rejection.of(Reason.NOT_YOURS))
                .flatMap(p -> access.account(client).map(c -> card(c, p, ports.appointments().ofClient(client)
                        .filter(a -> a.provider().equals(practice) && seenBy(actor, a)), packageBalances(actor, p))));
    }

    /** Whether the appointment is one the actor sees in {@code Записи клиентов}, as {@link #seenBy(AccountId)} reads them. */
    private static boolean seenBy(AccountId actor, Appointment appointment) {
        return actor.equals(appointment.provider()) || actor.equals(appointment.specialist());
    }

    /** What the actor sees in {@code Записи клиентов}: a practice all its appointments, a member the ones it performs. */
    private List<Appointment> seenBy(AccountId actor) {
        return List.of(AppointmentStatus.values()).flatMap(status -> ports.appointments().ofProviderSide(actor, status));
    }

    /** The packages count for the practice itself only: a member specialist did not sell them. */
    private Map<AccountId, List<Money>> packageBalances(AccountId actor, Account practice) {
        return actor.equals(practice.id()) ? standings.balancesByClient(practice.id()) : HashMap.empty();
    }

    /** @param theirs the client's appointments with the practice that the actor sees */
    private ClientCard card(Account client, Account practice, List<Appointment> theirs, Map<AccountId, List<Money>> packages) {
        Instant now = ports.clock().instant();
        Option<AppointmentView> next = theirs.filter(a -> a.status().holdsTime() && !a.hasStarted(now))
                .minBy(Comparator.comparing((Appointment a) -> a.time().start()))
                .flatMap(a -> views.describe(a).toOption());
        return new ClientCard(client, practice, next, Owed.sum(theirs, packages.get(client.id()).getOrElse(List.empty())));
    }
}
