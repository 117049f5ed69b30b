package io.kalenner.application.document;

import io.kalenner.application.port.DocumentContent;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Opens what a download link grants, checked twice: the link itself, and then, at the moment it
 * is used, whether the account it was made for may still read the document. A link is a bearer
 * token that cannot be revoked (see {@code LinkSigner}), so without the second check a document
 * deleted, or a provider left, would stay reachable for the rest of the link's five minutes.
 *
 * <p>Refusals, each changing nothing and serving no byte:
 * <ul>
 *   <li>{@code NOT_FOUND}: the token is not a genuine link (or its account is gone);</li>
 *   <li>{@code LINK_EXPIRED}: a genuine link whose time is up;</li>
 *   <li>{@code DOCUMENT_DELETED}: a genuine link to a document that is no longer there;</li>
 *   <li>{@code NOT_YOUR_PROVIDER}, {@code NOT_YOURS}: the account may no longer read it, by the
 *       rules a new link would be refused by ({@link SharedDocumentDownloadLink},
 *       {@code TermsDownloadLink}): a client whose list no longer has the provider, an account
 *       no longer the provider's or a member of the organization.</li>
 * </ul>
 * The caller owns the opened content and closes it.
 */
public interface OpenDownload {

    Either<Rejection, Download> open(String token);

    /** The opened document, and the account the link was made for (every download is attributed to it). */
    record Download(AccountId account, DocumentContent content) {

        public Download {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(content, "content");
        }
    }
}
