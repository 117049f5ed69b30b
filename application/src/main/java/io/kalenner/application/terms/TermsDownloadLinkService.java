package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.Ports;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class TermsDownloadLinkService implements TermsDownloadLink {

    private final Ports ports;
    private final OwnTerms terms;

    public TermsDownloadLinkService(Ports ports, Access access) {
        this.ports = ports;
        this.terms = new OwnTerms(ports, access);
    }

    @Override
    public Either<Rejection, SignedLink> link(AccountId actor, Command command) {
        return terms.readable(actor, command.document())
                .flatMap(document -> document.version(command.version())
                        .toEither(() -> Rejection.of(Reason.NOT_FOUND, "version " + command.version())))
                .map(version -> ports.links().sign(new DocumentId(version.file().value()), actor));
    }
}
