package io.kalenner.application.port;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored document's identity, chosen by the {@link DocumentStore}. It is random, so knowing one
 * id tells nothing about another; it is still not a secret: access goes through signed links.
 */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    /** The id written by {@link #toString()}, or nothing for any other text. */
    public static Option<DocumentId> parse(String text) {
        return Option.of(text)
                .flatMap(t -> Try.of(() -> UUID.fromString(t)).toOption())
                // UUID.fromString also accepts short forms like "1-1-1-1-1"; only the canonical one names a document
                .filter(uuid -> uuid.toString().equals(text))
                .map(DocumentId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
