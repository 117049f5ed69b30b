package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentId;
import io.vavr.control.Either;

public final class SignConsentService implements SignConsent {

    private final Ports ports;
    private final OwnTerms terms;

    public SignConsentService(Ports ports, Access access) {
        this.ports = ports;
        this.terms = new OwnTerms(ports, access);
    }

    @Override
    public Either<Rejection, Consent> sign(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> terms.ofActorsProvider(actor, command.document())
                .filterOrElse(document -> document.version(command.version()).isDefined(),
                        document -> Rejection.of(Reason.NOT_FOUND, "version " + command.version()))
                .filterOrElse(document -> document.consentRequired(), document -> Rejection.of(Reason.CONSENT_NOT_REQUIRED))
                .filterOrElse(document -> document.current().number() == command.version(),
                        document -> Rejection.of(Reason.TERMS_VERSION_OUTDATED, document.current().number()))
                .map(document -> document.activeConsent(actor, ports.terms().consentsTo(document.id())).getOrElse(() -> {
                    Consent consent = Consent.signed(new ConsentId(ports.ids().newId()), document, actor, ports.clock().instant());
                    ports.terms().saveConsent(consent);
                    return consent;
                })));
    }
}
