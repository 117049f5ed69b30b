package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated Telegram user in a private chat with the bot: what a test does with its thumbs and
 * what it reads on the screen. Every action becomes the update Telegram would send the bot; the
 * awaits see only what the bot did after the user's last action, so tests do not race the bot.
 */
public final class TelegramUser {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** A command as Telegram recognizes it at the start of a message, with an optional @botname. */
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

    private final PrivateChat chat;
    private final FileStore files;

    TelegramUser(PrivateChat chat, FileStore files) {
        this.chat = chat;
        this.files = files;
    }

    /** The user's id, which is also their private chat's id. */
    public long id() {
        return chat.user().id();
    }

    public String firstName() {
        return chat.user().firstName();
    }

    public String languageCode() {
        return chat.user().languageCode();
    }

    /** Sends a text; a leading command ({@code /start payload}) gets its bot_command entity, as Telegram adds it. */
    public void sendText(String text) {
        chat.userSends(message -> {
            message.put("text", text);
            Matcher command = COMMAND.matcher(text);
            if (command.find()) {
                ObjectNode entity = message.putArray("entities").addObject();
                entity.put("offset", 0);
                entity.put("length", command.end());
                entity.put("type", "bot_command");
            }
        });
    }

    public void sendDocument(String fileName, String mimeType, byte[] bytes) {
        StoredFile file = files.storeDocument(fileName, mimeType, bytes);
        chat.userSends(message -> TelegramJson.attach(message, file));
    }

    /** @throws IllegalArgumentException when the bytes are no image (PNG, JPEG, GIF or BMP) */
    public void sendPhoto(byte[] bytes) {
        StoredFile file = files.storePhoto(bytes).orElseThrow(() -> new IllegalArgumentException("not an image Telegram could process"));
        chat.userSends(message -> TelegramJson.attach(message, file));
    }

    /** Sends a sticker: a message with no text, as a sticker from a regular set arrives. */
    public void sendSticker(String emoji) {
        chat.userSends(message -> {
            ObjectNode sticker = message.putObject("sticker");
            sticker.put("file_id", "sticker-" + emoji.hashCode());
            sticker.put("file_unique_id", "sticker-" + emoji.hashCode());
            sticker.put("type", "regular");
            sticker.put("width", 512);
            sticker.put("height", 512);
            sticker.put("is_animated", false);
            sticker.put("is_video", false);
            sticker.put("emoji", emoji);
        });
    }

    /** Forwards a text written by someone else (a user who hides their account), as Telegram marks it with {@code forward_origin}. */
    public void forwardText(String text, String originalSender) {
        chat.userSends(message -> {
            message.put("text", text);
            ObjectNode origin = message.putObject("forward_origin");
            origin.put("type", "hidden_user");
            origin.put("date", message.path("date").asLong());
            origin.put("sender_user_name", originalSender);
        });
    }

    /**
     * Presses the inline button with this text twice in a row, before the bot can answer either
     * press (a quick double tap): both callback queries carry the message as it was.
     */
    public void pressButtonTwice(String label) {
        chat.pressTwice(label);
    }

    /**
     * Presses the inline button with this text on the newest bot message that has one (failing
     * that, the one whose text ends with it, as after an emoji). A callback button sends the
     * callback query and returns empty; a url button sends nothing and returns its url.
     *
     * @throws AssertionError naming the buttons on screen when there is no such button
     */
    public Optional<String> pressButton(String label) {
        return chat.press(label);
    }

    /** Taps a button of the reply keyboard in force, which sends its text. */
    public void pressReplyButton(String label) {
        chat.pressReplyButton(label);
    }

    /** The chat's messages from both sides in order, edited ones as they are now, deleted ones flagged. */
    public List<ChatMessage> messages() {
        return chat.messages();
    }

    /** @throws AssertionError when the bot has not written (or deleted all it wrote) */
    public ChatMessage lastBotMessage() {
        return chat.lastBotMessage().orElseThrow(() -> new AssertionError("the bot has written nothing to user " + id()));
    }

    /**
     * The first message or edit from the bot, since this user's last action, that matches; each
     * await starts after the one the previous await returned. Waits up to {@link #DEFAULT_TIMEOUT}.
     *
     * @throws AssertionError listing what the bot did instead, when nothing matches in time
     */
    public ChatMessage awaitBotMessage(Predicate<ChatMessage> wanted) {
        return awaitBotMessage(wanted, DEFAULT_TIMEOUT);
    }

    public ChatMessage awaitBotMessage(Predicate<ChatMessage> wanted, Duration timeout) {
        return chat.awaitBotActivity(wanted, timeout);
    }

    /** {@link #awaitBotMessage} for a message whose text or caption contains {@code fragment}. */
    public ChatMessage awaitBotText(String fragment) {
        return awaitBotMessage(message -> message.text().contains(fragment));
    }

    /** How the bot answered the user's last button press; waits up to {@link #DEFAULT_TIMEOUT}. */
    public CallbackAnswer awaitCallbackAnswer() {
        return chat.awaitCallbackAnswer(DEFAULT_TIMEOUT);
    }

    /** The labels of the reply keyboard in force, row by row; empty when none. */
    public List<List<String>> replyKeyboardLabels() {
        return chat.replyKeyboard();
    }

    @Override
    public String toString() {
        return "TelegramUser[id=" + id() + "]";
    }
}
