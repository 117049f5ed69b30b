package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.control.Either;

public final class OpenDownloadService implements OpenDownload {

    private final Ports ports;
    private final Access access;
    private final Sharing sharing;

    public OpenDownloadService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.sharing = new Sharing(ports, access);
    }

    @Override
    public Either<Rejection, Download> open(String token) {
        return ports.links().verify(token, ports.clock().instant())
                .flatMap(link -> mayStillRead(link).map(allowed -> link))
                // the record goes before the file (D20): a file missing under a live record is a deletion under way
                .flatMap(link -> ports.documents().open(link.document())
                        .<Rejection>mapLeft(missing -> Rejection.of(Reason.DOCUMENT_DELETED, "file"))
                        .map(content -> new Download(link.account(), content)));
    }

    /** A link names only a stored file: it is a shared document's, or a version of a terms document, or no longer anything's. */
    private Either<Rejection, AccountId> mayStillRead(SignedLink link) {
        FileId file = new FileId(link.document().value());
        AccountId holder = link.account();
        return ports.sharedDocuments().findByFile(file)
                .map(shared -> mayStillReadShared(holder, shared))
                .orElse(() -> ports.terms().findByFile(file).map(terms -> mayStillReadTerms(holder, terms)))
                .getOrElse(() -> Rejection.of(Reason.DOCUMENT_DELETED, "record").asLeft());
    }

    private Either<Rejection, AccountId> mayStillReadShared(AccountId holder, SharedDocument document) {
        return sharing.party(holder, document.client(), document.provider());
    }

    private Either<Rejection, AccountId> mayStillReadTerms(AccountId holder, TermsDocument document) {
        return access.account(holder)
                .filterOrElse(account -> access.seesProviderContent(holder, document.provider()), account -> Rejection.of(Reason.NOT_YOURS))
                .map(account -> holder);
    }
}
