package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One simulated user's private chat with the bot: the messages of both sides in order, the reply
 * keyboard in force, and the button presses waiting for an answer. Each of the user's actions
 * queues the update the bot receives and marks where "the bot's reply" starts, so a test waits
 * for what the bot did after that action and never races it.
 */
final class PrivateChat {

    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup"
            + " are exactly the same as a current content and reply markup of the message";

    private final SimulatedUser user;
    private final BotIdentity bot;
    private final UpdateQueue updates;
    private final Clock clock;
    private final ChatListener listener;
    private final List<StoredMessage> messages = new ArrayList<>();
    /** Every message the bot sent and every edit, as the message looked then. */
    private final List<ChatMessage> botActivity = new ArrayList<>();
    private int firstUnseenBotActivity;
    private final Set<String> openCallbackQueries = new HashSet<>();
    private final Map<String, CallbackAnswer> callbackAnswers = new HashMap<>();
    private int callbackQueriesSent;
    private String lastCallbackQueryId = "";
    private List<List<String>> replyKeyboard = List.of();
    private boolean started;

    PrivateChat(SimulatedUser user, BotIdentity bot, UpdateQueue updates, Clock clock, ChatListener listener, boolean startedTheBot) {
        this.user = user;
        this.bot = bot;
        this.updates = updates;
        this.clock = clock;
        this.listener = listener;
        this.started = startedTheBot;
    }

    SimulatedUser user() {
        return user;
    }

    // ---- the user's side

    synchronized void userSends(Consumer<ObjectNode> content) {
        ObjectNode message = append(false, content, List.of());
        started = true;
        firstUnseenBotActivity = botActivity.size();
        updates.add("message", message);
    }

    /** Two presses of one callback button, made together so that the bot sees the same message in both. */
    synchronized void pressTwice(String label) {
        press(label);
        press(label);
    }

    /** Presses the inline button: a callback button sends a callback query and gives no url; a url button gives its url. */
    synchronized Optional<String> press(String label) {
        InlinePress press = findButton(label, String::equals)
                .or(() -> findButton(label, String::endsWith))
                .orElseThrow(() -> new AssertionError("no inline button \"" + label + "\" in the chat of user " + user.id()
                        + "; buttons of the bot's messages, newest first: " + visibleButtons()));
        if (press.button().url().isEmpty() && press.button().callbackData().isEmpty()) {
            throw new AssertionError("button \"" + press.button().text() + "\" is neither a callback nor a url button: not simulated");
        }
        return press(press);
    }

    /**
     * Presses the button in that row and column (from 0) under that bot message, as the page does.
     *
     * @throws IllegalArgumentException when there is no such message or button, or it is neither a callback nor a url button
     */
    synchronized Optional<String> pressAt(long messageId, int row, int column) {
        StoredMessage message = find(messageId).filter(StoredMessage::fromBot)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " from the bot in this chat"));
        List<List<InlineButton>> keyboard = message.view().inlineKeyboard();
        if (row < 0 || row >= keyboard.size() || column < 0 || column >= keyboard.get(row).size()) {
            throw new IllegalArgumentException("message " + messageId + " has no button at row " + row + ", column " + column);
        }
        InlineButton button = keyboard.get(row).get(column);
        if (button.url().isEmpty() && button.callbackData().isEmpty()) {
            throw new IllegalArgumentException("button \"" + button.text() + "\" is neither a callback nor a url button: not simulated");
        }
        return press(new InlinePress(message, button));
    }

    private Optional<String> press(InlinePress press) {
        if (press.button().url().isPresent()) {
            return press.button().url();
        }
        String data = press.button().callbackData().orElseThrow();
        String queryId = user.id() + "-" + ++callbackQueriesSent;
        openCallbackQueries.add(queryId);
        lastCallbackQueryId = queryId;
        started = true;
        firstUnseenBotActivity = botActivity.size();
        ObjectNode query = TelegramJson.object();
        query.put("id", queryId);
        query.set("from", TelegramJson.user(user));
        query.set("message", press.message().json());
        query.put("chat_instance", String.valueOf(user.id()));
        query.put("data", data);
        updates.add("callback_query", query);
        return Optional.empty();
    }

    synchronized void pressReplyButton(String label) {
        if (replyKeyboard.stream().noneMatch(row -> row.contains(label))) {
            throw new AssertionError("no reply button \"" + label + "\" for user " + user.id() + "; the keyboard in force: " + replyKeyboard);
        }
        userSends(message -> message.put("text", label));
    }

    synchronized List<ChatMessage> messages() {
        return messages.stream().map(StoredMessage::view).toList();
    }

    synchronized Optional<ChatMessage> lastBotMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            StoredMessage message = messages.get(i);
            if (message.fromBot() && !message.deleted()) {
                return Optional.of(message.view());
            }
        }
        return Optional.empty();
    }

    synchronized List<List<String>> replyKeyboard() {
        return replyKeyboard;
    }

    /** The chat as the page shows it: the user, every message, the reply keyboard in force. */
    synchronized ObjectNode pageView() {
        return PageJson.chat(user, messages, replyKeyboard);
    }

    /**
     * The first message or edit from the bot since the user's last action (or since the one an
     * earlier await returned) that matches; waits up to {@code timeout} for it.
     */
    synchronized ChatMessage awaitBotActivity(Predicate<ChatMessage> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = firstUnseenBotActivity; i < botActivity.size(); i++) {
                if (wanted.test(botActivity.get(i))) {
                    firstUnseenBotActivity = i + 1;
                    return botActivity.get(i);
                }
            }
            waitUntil(deadline, () -> "no matching bot message for user " + user.id() + " within " + timeout
                    + "; the bot's messages since the user's last action: " + botActivity.subList(firstUnseenBotActivity, botActivity.size()));
        }
    }

    synchronized CallbackAnswer awaitCallbackAnswer(Duration timeout) {
        if (lastCallbackQueryId.isEmpty()) {
            throw new IllegalStateException("user " + user.id() + " pressed no inline button yet");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!callbackAnswers.containsKey(lastCallbackQueryId)) {
            waitUntil(deadline, () -> "the bot did not answer the callback query " + lastCallbackQueryId + " within " + timeout);
        }
        return callbackAnswers.get(lastCallbackQueryId);
    }

    // ---- the bot's side

    /** Whether the user ever wrote to the bot: Telegram lets a bot write only to users who did. */
    synchronized boolean started() {
        return started;
    }

    synchronized ObjectNode botSends(Consumer<ObjectNode> content, Optional<JsonNode> replyMarkup) {
        List<List<String>> keyboardSet = replyMarkup.flatMap(ReplyMarkup::replyKeyboardLabels).orElse(List.of());
        if (!keyboardSet.isEmpty()) {
            replyKeyboard = keyboardSet;
            listener.replyKeyboardChanged(user, replyKeyboard);
        } else if (replyMarkup.filter(ReplyMarkup::removesReplyKeyboard).isPresent()) {
            replyKeyboard = List.of();
            listener.replyKeyboardChanged(user, replyKeyboard);
        }
        Optional<JsonNode> inline = replyMarkup.flatMap(ReplyMarkup::inlineKeyboard);
        ObjectNode message = append(true, content.andThen(json -> inline.ifPresent(markup -> json.set("reply_markup", markup))), keyboardSet);
        recordBotActivity(messages.get(messages.size() - 1));
        return message;
    }

    synchronized ApiOutcome editText(long messageId, MessageRules.Formatted text, Optional<JsonNode> inlineMarkup) {
        Optional<StoredMessage> found = find(messageId);
        if (found.isEmpty()) {
            return ApiOutcome.Refusal.badRequest("message to edit not found");
        }
        StoredMessage message = found.get();
        if (!message.fromBot()) {
            return ApiOutcome.Refusal.badRequest("message can't be edited");
        }
        if (!message.hasText()) {
            return ApiOutcome.Refusal.badRequest("there is no text in the message to edit");
        }
        JsonNode entities = text.entitiesJson().<JsonNode>map(array -> array).orElse(MissingNode.getInstance());
        if (message.text().equals(text.plain()) && message.json().path("entities").equals(entities) && sameMarkup(message, inlineMarkup)) {
            return ApiOutcome.Refusal.badRequest(NOT_MODIFIED);
        }
        ObjectNode edited = message.json();
        edited.put("text", text.plain());
        edited.remove("entities");
        text.entitiesJson().ifPresent(array -> edited.set("entities", array));
        return replace(message, edited, inlineMarkup);
    }

    synchronized ApiOutcome editMarkup(long messageId, Optional<JsonNode> inlineMarkup) {
        Optional<StoredMessage> found = find(messageId);
        if (found.isEmpty()) {
            return ApiOutcome.Refusal.badRequest("message to edit not found");
        }
        StoredMessage message = found.get();
        if (!message.fromBot()) {
            return ApiOutcome.Refusal.badRequest("message can't be edited");
        }
        if (sameMarkup(message, inlineMarkup)) {
            return ApiOutcome.Refusal.badRequest(NOT_MODIFIED);
        }
        return replace(message, message.json(), inlineMarkup);
    }

    synchronized ApiOutcome delete(long messageId) {
        Optional<StoredMessage> found = find(messageId);
        if (found.isEmpty()) {
            return ApiOutcome.Refusal.badRequest("message to delete not found");
        }
        found.get().delete();
        listener.messageChanged(user, found.get());
        notifyAll();
        return ApiOutcome.done();
    }

    /** False for a query this chat never sent or one answered already: Telegram refuses both alike. */
    synchronized boolean answer(String queryId, CallbackAnswer answer) {
        if (!openCallbackQueries.remove(queryId)) {
            return false;
        }
        callbackAnswers.put(queryId, answer);
        listener.callbackAnswered(user, answer);
        notifyAll();
        return true;
    }

    // ---- inside

    private ObjectNode append(boolean fromBot, Consumer<ObjectNode> content, List<List<String>> keyboardSet) {
        ObjectNode json = TelegramJson.object();
        // one sequence of ids for both sides, as in a real private chat
        json.put("message_id", messages.size() + 1);
        json.set("from", fromBot ? TelegramJson.bot(bot) : TelegramJson.user(user));
        json.set("chat", TelegramJson.privateChat(user));
        json.put("date", clock.instant().getEpochSecond());
        content.accept(json);
        StoredMessage message = new StoredMessage(json, keyboardSet);
        messages.add(message);
        listener.messageChanged(user, message);
        return json.deepCopy();
    }

    private ApiOutcome replace(StoredMessage message, ObjectNode edited, Optional<JsonNode> inlineMarkup) {
        // an edit without reply_markup removes the inline keyboard, as in Telegram
        edited.remove("reply_markup");
        inlineMarkup.flatMap(ReplyMarkup::inlineKeyboard).ifPresent(markup -> edited.set("reply_markup", markup));
        edited.put("edit_date", clock.instant().getEpochSecond());
        message.replace(edited);
        listener.messageChanged(user, message);
        recordBotActivity(message);
        return ApiOutcome.result(message.json());
    }

    private void recordBotActivity(StoredMessage message) {
        botActivity.add(message.view());
        notifyAll();
    }

    private static boolean sameMarkup(StoredMessage message, Optional<JsonNode> inlineMarkup) {
        JsonNode current = message.inlineMarkup();
        Optional<JsonNode> wanted = inlineMarkup.flatMap(ReplyMarkup::inlineKeyboard);
        return wanted.map(current::equals).orElse(current.isMissingNode());
    }

    private Optional<StoredMessage> find(long messageId) {
        if (messageId < 1 || messageId > messages.size()) {
            return Optional.empty();
        }
        StoredMessage message = messages.get((int) messageId - 1);
        return message.deleted() ? Optional.empty() : Optional.of(message);
    }

    private Optional<InlinePress> findButton(String label, BiPredicate<String, String> matches) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            StoredMessage message = messages.get(i);
            if (!message.fromBot() || message.deleted()) {
                continue;
            }
            for (InlineButton button : message.view().inlineKeyboard().stream().flatMap(List::stream).toList()) {
                if (matches.test(button.text(), label)) {
                    return Optional.of(new InlinePress(message, button));
                }
            }
        }
        return Optional.empty();
    }

    private String visibleButtons() {
        List<String> keyboards = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            ChatMessage message = messages.get(i).view();
            if (message.fromBot() && !message.deleted() && !message.inlineKeyboard().isEmpty()) {
                keyboards.add("#" + message.id() + " " + message.inlineButtonLabels());
            }
        }
        return keyboards.isEmpty() ? "none" : String.join(", ", keyboards);
    }

    /** Waits (releasing this chat's lock) for a change, or fails the test once the deadline passed. */
    private void waitUntil(long deadline, Supplier<String> failure) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError(failure.get());
        }
        try {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the bot", interrupted);
        }
    }

    private record InlinePress(StoredMessage message, InlineButton button) {
    }
}
