package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListTermsService implements ListTerms {

    private final Ports ports;
    private final Access access;

    public ListTermsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, List<ClientTerms>> forClient(AccountId actor, AccountId provider) {
        return access.account(actor)
                .filterOrElse(a -> ports.accounts().hasProvider(actor, provider), a -> Rejection.of(Reason.NOT_YOUR_PROVIDER))
                .map(a -> ports.terms().ofProvider(provider).map(document -> {
                    List<Consent> consents = ports.terms().consentsTo(document.id());
                    return new ClientTerms(document, document.stateFor(actor, consents), document.activeConsent(actor, consents));
                }));
    }

    @Override
    public Either<Rejection, List<ProviderTerms>> forProvider(AccountId actor, AccountId provider) {
        return access.providerSide(actor, provider).map(p -> ports.terms().ofProvider(provider).map(document ->
                new ProviderTerms(document, ports.terms().consentsTo(document.id()).flatMap(consent ->
                        ports.accounts().findById(consent.client()).map(client -> new Signature(client, consent))))));
    }
}
