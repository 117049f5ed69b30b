package io.kalenner.sandbox.botapi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link that opens a bot's chat with a start payload ({@code https://t.me/<bot>?start=<payload>}):
 * Telegram's apps open it by sending {@code /start <payload>} from the user who opened it.
 */
final class DeepLink {

    /** A payload of up to 64 of {@code A-Z a-z 0-9 _ -}, as Telegram allows; the username matched as loosely as the page does. */
    private static final Pattern START_LINK = Pattern.compile("(?:https?://)?(?:t|telegram)\\.me/([A-Za-z0-9_]{3,64})\\?start=([A-Za-z0-9_-]{1,64})");

    private DeepLink() {
    }

    /** The payload when {@code link} is a start link of this bot. */
    static Optional<String> startPayload(String link, BotIdentity bot) {
        Matcher match = START_LINK.matcher(link.strip());
        return match.matches() && match.group(1).equalsIgnoreCase(bot.username()) ? Optional.of(match.group(2)) : Optional.empty();
    }
}
