package io.kalenner.application.profile;

import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Recognising a picture by its first bytes, and reading no more of a stream than a limit allows. */
final class Images {

    private static final int HEADER = 12;

    private Images() {}

    /** The media type of the image the stream starts with, if it is a JPEG, PNG, GIF or WebP; the stream is left where it was. */
    static Option<String> typeOf(BufferedInputStream stream) {
        byte[] head;
        try {
            stream.mark(HEADER);
            head = stream.readNBytes(HEADER);
            stream.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Option.some("image/jpeg");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Option.some("image/png");
        }
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return Option.some("image/gif");
        }
        if (head.length == HEADER && ascii.startsWith("RIFF") && ascii.substring(8).equals("WEBP")) {
            return Option.some("image/webp");
        }
        return Option.none();
    }

    /** Whether the stream has no bytes at all; the stream is left where it was. */
    static boolean isEmpty(BufferedInputStream stream) {
        try {
            stream.mark(1);
            boolean empty = stream.read() < 0;
            stream.reset();
            return empty;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        int[] actual = new int[expected.length];
        Arrays.setAll(actual, i -> head[i] & 0xFF);
        return Arrays.equals(actual, expected);
    }

    /** The stream cut off after {@code limit + 1} bytes: enough to tell that it is over the limit, and never more. */
    static InputStream atMost(InputStream stream, long limit) {
        return new FilterInputStream(stream) {
            private long left = limit + 1;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() {
                // the caller's stream: never closed here
            }
        };
    }
}
