package io.kalenner.domain.document;

import io.kalenner.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A document one client and one provider share: either may upload one, both may read it, and only
 * the account that uploaded it may delete it. For an organization, {@code uploadedBy} may be one
 * of its member specialists.
 */
public record SharedDocument(SharedDocumentId id, AccountId client, AccountId provider, AccountId uploadedBy,
        FileId file, String fileName, long size, Instant uploadedAt) {

    public SharedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        if (client.equals(provider)) {
            throw new IllegalArgumentException("a provider shares documents with its clients, not with itself");
        }
    }

    /** Uploaded on the provider's side (by the provider or, for an organization, a member), shown as 🟣. */
    public boolean uploadedByProvider() {
        return !uploadedBy.equals(client);
    }
}
