package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.control.Either;

public final class SetConsentRequiredService implements SetConsentRequired {

    private final Ports ports;
    private final OwnTerms terms;
    private final ConsentRequests consentRequests;

    public SetConsentRequiredService(Ports ports, Access access) {
        this.ports = ports;
        this.terms = new OwnTerms(ports, access);
        this.consentRequests = new ConsentRequests(ports);
    }

    @Override
    public Either<Rejection, TermsDocument> set(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> terms.own(actor, command.document())
                .map(document -> {
                    TermsDocument changed = document.withConsentRequired(command.required());
                    ports.terms().save(changed);
                    // only turning consent on asks anyone: setting it again, or off, changes no one's state to pending
                    if (!document.consentRequired() && changed.consentRequired()) {
                        consentRequests.askPending(changed);
                    }
                    return changed;
                }));
    }
}
