package io.kalenner.sandbox.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code multipart/form-data} body into its parts, as bots send them to upload files. */
final class MultipartForm {

    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DISPOSITION_PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One part: a field value, or a file when it came with a file name. */
    record Part(String name, Optional<String> fileName, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private MultipartForm() {
    }

    static Optional<String> boundaryOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return Optional.of(trimmed.substring("boundary=".length()).replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw new IllegalArgumentException("no multipart boundary in the body");
        }
        position += delimiter.length;
        while (!startsWith(body, position, "--")) {
            int headersStart = position + CRLF.length;
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            int bodyEnd = headersEnd < 0 ? -1 : indexOf(body, nextDelimiter, headersEnd + HEADERS_END.length);
            if (bodyEnd < 0) {
                throw new IllegalArgumentException("truncated multipart body");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, bodyEnd)));
            position = bodyEnd + nextDelimiter.length;
        }
        return parts;
    }

    private static Part part(String headers, byte[] content) {
        String name = "";
        Optional<String> fileName = Optional.empty();
        for (String header : headers.split("\r\n")) {
            if (!header.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                continue;
            }
            Matcher parameter = DISPOSITION_PARAMETER.matcher(header);
            while (parameter.find()) {
                switch (parameter.group(1).toLowerCase(Locale.ROOT)) {
                    case "name" -> name = parameter.group(2);
                    case "filename" -> fileName = Optional.of(parameter.group(2));
                    default -> { }
                }
            }
        }
        return new Part(name, fileName, content);
    }

    private static boolean startsWith(byte[] body, int position, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return position + expected.length <= body.length
                && Arrays.equals(body, position, position + expected.length, expected, 0, expected.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
