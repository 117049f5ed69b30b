package io.kalenner.sandbox.botapi;

import java.util.Optional;

/** A button under a message: pressing it sends {@code callbackData} to the bot, or opens {@code url}; other kinds have neither. */
public record InlineButton(String text, Optional<String> callbackData, Optional<String> url) {
}
