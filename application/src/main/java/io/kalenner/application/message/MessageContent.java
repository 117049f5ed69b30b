package io.kalenner.application.message;

import io.kalenner.domain.Rejection;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a relayed message says: a text (a photo's or file's caption, possibly empty), and at most
 * one photo or file, named by a reference the chat adapter can send again (a Telegram file id).
 */
public record MessageContent(String text, Option<Attachment> attachment) {

    /** Telegram's limit of a message text. */
    public static final int MAX_TEXT_LENGTH = 4096;
    /** The longest attachment reference accepted. */
    public static final int MAX_REFERENCE_LENGTH = 512;

    public MessageContent {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attachment, "attachment");
    }

    public static MessageContent text(String text) {
        return new MessageContent(text, Option.none());
    }

    /** Why this content cannot be relayed ({@code INVALID_INPUT}), if it cannot: nothing to say, or too much. */
    public Option<Rejection> problem() {
        if (text.isBlank() && attachment.isEmpty()) {
            return Option.some(Rejection.of(Rejection.Reason.INVALID_INPUT, "empty message"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Option.some(Rejection.of(Rejection.Reason.INVALID_INPUT, "text longer than " + MAX_TEXT_LENGTH));
        }
        if (attachment.exists(a -> a.reference().isBlank() || a.reference().length() > MAX_REFERENCE_LENGTH)) {
            return Option.some(Rejection.of(Rejection.Reason.INVALID_INPUT, "attachment reference of 1 to " + MAX_REFERENCE_LENGTH));
        }
        return Option.none();
    }

    /** A photo or a file sent along. */
    public record Attachment(Kind kind, String reference) {
        public Attachment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
        }

        public enum Kind {
            PHOTO,
            FILE
        }
    }
}
