package io.kalenner.application.terms;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.collection.List;

/**
 * Tells a provider's clients that a terms document waits for their consent (D61): each client
 * whose state for it is pending gets a {@code TERMS_TO_SIGN} notification. Called inside the
 * transaction of the change, so a notice exists exactly when the change was committed.
 */
final class ConsentRequests {

    private final Ports ports;

    ConsentRequests(Ports ports) {
        this.ports = ports;
    }

    /** The document as saved; nothing when it asks for no consent. */
    void askPending(TermsDocument document) {
        if (!document.consentRequired()) {
            return;
        }
        List<Consent> consents = ports.terms().consentsTo(document.id());
        ports.accounts().clientsOf(document.provider())
                .filter(client -> document.stateFor(client.id(), consents) == ConsentState.PENDING)
                .forEach(client -> ports.outbox().add(new Notification(new NotificationId(ports.ids().newId()), client.id(),
                        Notification.Kind.TERMS_TO_SIGN, new Notification.AboutTerms(document.id()), ports.clock().instant())));
    }
}
