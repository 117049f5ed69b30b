package io.kalenner.adapter.telegram.chat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/**
 * The data behind an inline button: an action code and its arguments, kept under Telegram's
 * 64-byte limit by writing UUIDs in 22 URL-safe characters. Whatever comes back is untrusted:
 * {@link #parse} accepts only well-formed data, and every use case checks the pressing account.
 */
public record CallbackData(String action, List<String> arguments) {

    private static final char SEPARATOR = ':';
    public static final int MAX_BYTES = 64;

    public static CallbackData of(String action, Object... arguments) {
        return new CallbackData(action, List.of(arguments).map(CallbackData::encode));
    }

    public static Option<CallbackData> parse(String data) {
        List<String> parts = List.of(data.split(String.valueOf(SEPARATOR), -1));
        return parts.head().isEmpty() ? Option.none() : Option.some(new CallbackData(parts.head(), parts.tail()));
    }

    public String serialize() {
        String data = arguments.prepend(action).mkString(String.valueOf(SEPARATOR));
        if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalStateException("callback data over 64 bytes: " + action);
        }
        return data;
    }

    public Option<UUID> uuid(int index) {
        return argument(index).flatMap(text -> Try.of(() -> {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
            if (bytes.remaining() != 16) {
                throw new IllegalArgumentException("not a uuid");
            }
            return new UUID(bytes.getLong(), bytes.getLong());
        }).toOption());
    }

    public Option<Instant> instant(int index) {
        return argument(index).flatMap(text -> Try.of(() -> Instant.ofEpochSecond(Long.parseLong(text, 36))).toOption());
    }

    public Option<LocalDate> date(int index) {
        return argument(index).flatMap(text -> Try.of(() -> LocalDate.ofEpochDay(Long.parseLong(text, 36))).toOption());
    }

    private Option<String> argument(int index) {
        return index < arguments.size() ? Option.some(arguments.get(index)) : Option.none();
    }

    private static String encode(Object argument) {
        if (argument instanceof UUID uuid) {
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        }
        if (argument instanceof Instant instant) {
            return Long.toString(instant.getEpochSecond(), 36);
        }
        if (argument instanceof LocalDate date) {
            return Long.toString(date.toEpochDay(), 36);
        }
        String text = String.valueOf(argument);
        if (text.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("an argument holds the separator: " + text);
        }
        return text;
    }
}
