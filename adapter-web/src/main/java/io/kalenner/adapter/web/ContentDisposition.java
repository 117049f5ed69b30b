package io.kalenner.adapter.web;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition: attachment} header for a user-given file name (RFC 6266): the
 * name in full as {@code filename*} (RFC 8187, UTF-8, percent-encoded) and an ASCII stand-in as
 * {@code filename} for old clients. Whatever the name holds, the header stays one line of
 * visible ASCII: no quote, backslash, CR or LF can end the value or start another header, and
 * path separators and control characters become {@code _}.
 */
final class ContentDisposition {

    private static final String FALLBACK_NAME = "document";

    private ContentDisposition() {}

    static String attachment(String fileName) {
        String name = withoutSeparatorsAndControls(fileName);
        return "attachment; filename=\"" + asciiStandIn(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    private static String withoutSeparatorsAndControls(String fileName) {
        StringBuilder name = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> {
            boolean unsafe = c == '/' || c == '\\' || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT // bidi overrides that disguise an extension
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
            name.appendCodePoint(unsafe ? '_' : c);
        });
        String result = name.toString().strip();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? FALLBACK_NAME : result;
    }

    /** Printable ASCII except quote and backslash; every other character becomes {@code _}. */
    private static String asciiStandIn(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
