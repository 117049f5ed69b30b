package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;

/** Finding terms documents as the actor may use them. */
final class OwnTerms {

    private final Ports ports;
    private final Access access;

    OwnTerms(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    Either<Rejection, TermsDocument> find(TermsDocumentId id) {
        return ports.terms().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "terms document"));
    }

    /** The provider's own document: {@code NOT_FOUND} when unknown, {@code NOT_YOURS} for anyone else. */
    Either<Rejection, TermsDocument> own(AccountId actor, TermsDocumentId id) {
        return access.account(actor).flatMap(a -> find(id))
                .filterOrElse(document -> document.provider().equals(actor), document -> Rejection.of(Reason.NOT_YOURS));
    }

    /** A document the actor may read: the provider's, its members' or its clients'; else {@code NOT_YOURS}. */
    Either<Rejection, TermsDocument> readable(AccountId actor, TermsDocumentId id) {
        return access.account(actor).flatMap(a -> find(id))
                .filterOrElse(document -> access.seesProviderContent(actor, document.provider()),
                        document -> Rejection.of(Reason.NOT_YOURS));
    }

    /** A document of one of the actor's providers, which the actor may sign: else {@code NOT_YOUR_PROVIDER}. */
    Either<Rejection, TermsDocument> ofActorsProvider(AccountId actor, TermsDocumentId id) {
        return access.account(actor).flatMap(a -> find(id))
                .filterOrElse(document -> ports.accounts().hasProvider(actor, document.provider()),
                        document -> Rejection.of(Reason.NOT_YOUR_PROVIDER));
    }
}
