package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A download link's token and what it grants: one document, to the one account it was made for,
 * until {@code expiresAt} (exclusive). The token goes into the URL as is ({@code /d/<token>}).
 */
public record SignedLink(String token, DocumentId document, AccountId account, Instant expiresAt) {

    public SignedLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
