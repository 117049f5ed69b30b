package io.kalenner.domain.document;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's terms document (an offer, a privacy notice) in all its versions, the last one
 * current, and whether clients are asked to agree to it. A new version asks every client again:
 * a consent counts for the version it was given to only.
 */
public record TermsDocument(TermsDocumentId id, AccountId provider, String title, boolean consentRequired,
        List<TermsVersion> versions) {

    /** The longest title, in characters. */
    public static final int MAX_TITLE_LENGTH = 200;

    public TermsDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(versions, "versions");
        if (title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("a title has 1 to " + MAX_TITLE_LENGTH + " characters: \"" + title + "\"");
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a terms document has a first version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("versions are numbered 1, 2, … in order: " + versions.map(TermsVersion::number));
            }
        }
    }

    /** A new document with its first version; a blank or too long title is {@code INVALID_INPUT}. */
    public static Either<Rejection, TermsDocument> create(TermsDocumentId id, AccountId provider, String title,
            boolean consentRequired, FileId file, String fileName, Instant uploadedAt) {
        return validTitle(title).map(stripped -> new TermsDocument(id, provider, stripped, consentRequired,
                List.of(new TermsVersion(1, file, fileName, uploadedAt))));
    }

    /** The title stripped, or {@code INVALID_INPUT} when it is blank or longer than {@link #MAX_TITLE_LENGTH}. */
    public static Either<Rejection, String> validTitle(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE_LENGTH) {
            return Rejection.of(Rejection.Reason.INVALID_INPUT, "title of 1 to " + MAX_TITLE_LENGTH + " characters").asLeft();
        }
        return Either.right(stripped);
    }

    public TermsVersion current() {
        return versions.last();
    }

    public Option<TermsVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Option.some(versions.get(number - 1)) : Option.none();
    }

    /** The document with a new current version, numbered after the last. */
    public TermsDocument withNewVersion(FileId file, String fileName, Instant uploadedAt) {
        return new TermsDocument(id, provider, title, consentRequired,
                versions.append(new TermsVersion(current().number() + 1, file, fileName, uploadedAt)));
    }

    public TermsDocument withConsentRequired(boolean required) {
        return new TermsDocument(id, provider, title, required, versions);
    }

    /**
     * What the client sees, given the consents the client gave to this document (others are
     * ignored): signed when one of them is for the current version and not withdrawn.
     */
    public ConsentState stateFor(AccountId client, List<Consent> consents) {
        if (!consentRequired) {
            return ConsentState.NOT_REQUIRED;
        }
        return activeConsent(client, consents).isDefined() ? ConsentState.SIGNED : ConsentState.PENDING;
    }

    /** The client's consent to the current version that is not withdrawn, if any. */
    public Option<Consent> activeConsent(AccountId client, List<Consent> consents) {
        return consents.find(c -> c.document().equals(id) && c.client().equals(client)
                && c.version() == current().number() && c.active());
    }
}
