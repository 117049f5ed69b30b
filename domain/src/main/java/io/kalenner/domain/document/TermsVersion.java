package io.kalenner.domain.document;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a terms document: its number (1 for the first upload, then counting up), the
 * stored file, the name it was uploaded under, and when.
 */
public record TermsVersion(int number, FileId file, String fileName, Instant uploadedAt) {

    public TermsVersion {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (number < 1) {
            throw new IllegalArgumentException("a version number counts from 1: " + number);
        }
    }
}
