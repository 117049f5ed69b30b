package io.kalenner.sandbox.botapi;

/** A photo or document in a chat message; {@code fileId} is what {@code getFile} takes. */
public record Attachment(Kind kind, String fileId, String fileName, String mimeType, long size) {

    public enum Kind { PHOTO, DOCUMENT }
}
