package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

/** Who may reach the documents a client and a provider share. */
final class Sharing {

    private final Ports ports;
    private final Access access;

    Sharing(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    /**
     * The actor is one of the two parties: the client, whose list has the provider
     * ({@code NOT_YOUR_PROVIDER} otherwise), or the provider's side (the provider or a member)
     * when the client is the provider's ({@code NOT_YOURS} otherwise, and for anyone else).
     */
    Either<Rejection, AccountId> party(AccountId actor, AccountId client, AccountId provider) {
        return access.account(actor).flatMap(a -> {
            boolean clientsProvider = ports.accounts().hasProvider(client, provider) && !client.equals(provider);
            if (actor.equals(client)) {
                return clientsProvider ? Either.right(actor) : Rejection.of(Reason.NOT_YOUR_PROVIDER).asLeft();
            }
            return access.worksFor(actor, provider) && clientsProvider ? Either.right(actor) : Rejection.of(Reason.NOT_YOURS).asLeft();
        });
    }

    /** A shared document the actor may read: {@code NOT_FOUND} when unknown, {@code NOT_YOURS} for anyone but the parties. */
    Either<Rejection, SharedDocument> readable(AccountId actor, SharedDocumentId id) {
        return access.account(actor)
                .flatMap(a -> ports.sharedDocuments().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "shared document")))
                .filterOrElse(document -> actor.equals(document.client()) || access.worksFor(actor, document.provider()),
                        document -> Rejection.of(Reason.NOT_YOURS));
    }
}
