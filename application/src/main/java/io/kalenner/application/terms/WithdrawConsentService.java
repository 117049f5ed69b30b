package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class WithdrawConsentService implements WithdrawConsent {

    private final Ports ports;
    private final OwnTerms terms;

    public WithdrawConsentService(Ports ports, Access access) {
        this.ports = ports;
        this.terms = new OwnTerms(ports, access);
    }

    @Override
    public Either<Rejection, List<Consent>> withdraw(AccountId actor, TermsDocumentId id) {
        return ports.transactions().inTransaction(() -> terms.ofActorsProvider(actor, id)
                .map(document -> ports.terms().consentsTo(document.id()).filter(c -> c.client().equals(actor) && c.active()))
                .filterOrElse(inForce -> !inForce.isEmpty(), inForce -> Rejection.of(Reason.NOT_SIGNED))
                .map(inForce -> inForce.map(consent -> consent.withdraw(ports.clock().instant())))
                .peek(withdrawn -> withdrawn.forEach(ports.terms()::saveConsent)));
    }
}
