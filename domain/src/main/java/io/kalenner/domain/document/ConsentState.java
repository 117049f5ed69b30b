package io.kalenner.domain.document;

/** What a client sees next to a terms document. */
public enum ConsentState {
    /** Consent is required and the client has not (or no longer) agreed to the current version. */
    PENDING,
    /** The client agreed to the current version and has not withdrawn. */
    SIGNED,
    /** The document asks for no consent. */
    NOT_REQUIRED
}
