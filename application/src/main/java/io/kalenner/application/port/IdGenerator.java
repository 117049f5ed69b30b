package io.kalenner.application.port;

import java.util.UUID;

/** New identifiers and secrets. */
public interface IdGenerator {

    UUID newId();

    /** An unguessable code of {@code [A-Za-z0-9_-]}, at most 64 characters (an invitation payload). */
    String newSecretCode();
}
