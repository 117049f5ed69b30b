package io.kalenner.application.access;

import io.kalenner.application.port.AccountRepository;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.vavr.control.Either;

/** The authorization rules shared by the use cases. Each answers with the allowed thing or why not. */
public final class Access {

    private final AccountRepository accounts;

    public Access(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Either<Rejection, Account> account(AccountId actor) {
        return accounts.findById(actor).toEither(() -> Rejection.of(Reason.NOT_FOUND, "account"));
    }

    /** The actor, when it is a Specialist or an Organization. */
    public Either<Rejection, Account> provider(AccountId actor) {
        return account(actor).filterOrElse(Account::isProvider, a -> Rejection.of(Reason.NOT_A_PROVIDER));
    }

    /** A provider the actor may book with and look at: one on the actor's list, or the actor itself. */
    public Either<Rejection, Account> providerVisibleTo(AccountId actor, AccountId provider) {
        if (!actor.equals(provider) && !accounts.hasProvider(actor, provider)) {
            return Rejection.of(Reason.NOT_YOUR_PROVIDER).asLeft();
        }
        return provider(provider);
    }

    /** The account, when it is an Organization. */
    public Either<Rejection, Account> organization(AccountId id) {
        return accounts.findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "organization"))
                .filterOrElse(Account::isOrganization, a -> Rejection.of(Reason.NOT_AN_ORGANIZATION));
    }

    /**
     * A provider the actor works for: the actor itself, or an organization the actor is a member
     * specialist of. Anyone else is {@code NOT_YOURS}.
     */
    public Either<Rejection, Account> providerSide(AccountId actor, AccountId provider) {
        if (!actor.equals(provider) && !accounts.isMember(provider, actor)) {
            return Rejection.of(Reason.NOT_YOURS).asLeft();
        }
        return provider(provider);
    }

    /**
     * The appointment, when the actor is on its provider's side: the provider, or the specialist
     * who performs it. Other members of an organization are not (D13).
     */
    public Either<Rejection, Appointment> asProvider(AccountId actor, Appointment appointment) {
        return actor.equals(appointment.provider()) || actor.equals(appointment.specialist())
                ? Either.right(appointment)
                : Rejection.of(Reason.NOT_YOURS).asLeft();
    }

    /** The appointment, when the actor is its client. */
    public Either<Rejection, Appointment> asClient(AccountId actor, Appointment appointment) {
        return actor.equals(appointment.client()) ? Either.right(appointment) : Rejection.of(Reason.NOT_YOURS).asLeft();
    }

    /** The appointment, when the actor is either party. */
    public Either<Rejection, Appointment> asParty(AccountId actor, Appointment appointment) {
        return asClient(actor, appointment).orElse(() -> asProvider(actor, appointment));
    }

    /** Whether the actor works for the provider: the provider itself, or a member specialist of it. */
    public boolean worksFor(AccountId actor, AccountId provider) {
        return actor.equals(provider) || accounts.isMember(provider, actor);
    }

    /** Whether the actor may see what the provider shows its clients: its own side, or one of its clients. */
    public boolean seesProviderContent(AccountId actor, AccountId provider) {
        return worksFor(actor, provider) || accounts.hasProvider(actor, provider);
    }
}
