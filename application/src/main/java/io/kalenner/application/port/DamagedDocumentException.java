package io.kalenner.application.port;

/**
 * A stored document failed its integrity check: its file was altered, truncated, or encrypted
 * with a key the store does not have. Not a user's mistake and not retried; the store refuses to
 * hand out any of it. An operator should look at it.
 */
public final class DamagedDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DamagedDocumentException(DocumentId id, String why, Throwable cause) {
        super("document " + id + " is damaged: " + why, cause);
    }
}
