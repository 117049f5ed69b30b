package io.kalenner.application.port;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@link DocumentStore} knows about a stored document besides its bytes.
 *
 * @param fileName the name the uploader gave, exactly as given; it is a label, never a path
 * @param contentType a media type such as {@code application/pdf}, always safe to send as a header
 * @param size the number of content bytes
 */
public record StoredDocument(DocumentId id, String fileName, String contentType, long size) {

    /** What an unknown or unusable content type becomes. */
    public static final String UNKNOWN_CONTENT_TYPE = "application/octet-stream";

    // type/subtype with optional parameters, RFC 9110 tokens only: no spaces around '/', no CR/LF
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[ !#-\\[\\]-~]*\"))*");

    public StoredDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    /**
     * The content type a store keeps for the given one: a syntactically valid media type, lower-cased
     * up to its parameters, or {@link #UNKNOWN_CONTENT_TYPE} for anything else (null, blank, over 255
     * characters, or text that could break an HTTP header).
     */
    public static String safeContentType(String given) {
        if (given == null || given.length() > 255) {
            return UNKNOWN_CONTENT_TYPE;
        }
        String trimmed = given.strip();
        if (!MEDIA_TYPE.matcher(trimmed).matches()) {
            return UNKNOWN_CONTENT_TYPE;
        }
        int parameters = trimmed.indexOf(';');
        return parameters < 0
                ? trimmed.toLowerCase(Locale.ROOT)
                : trimmed.substring(0, parameters).toLowerCase(Locale.ROOT) + trimmed.substring(parameters);
    }
}
