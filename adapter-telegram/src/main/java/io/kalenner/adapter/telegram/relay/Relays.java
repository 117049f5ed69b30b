package io.kalenner.adapter.telegram.relay;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.start.StartCommand;
import io.kalenner.application.BookingCore;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.relay.RelayChatMessage;
import io.kalenner.application.relay.ReplyToSupport;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Comparator;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Chat mode and support, as the user sees them. {@code Чат} (or {@code Ответить} under a chat
 * message) puts the chat into chat mode with one counterpart, remembered in the dialogue state:
 * every text typed is relayed to it until {@code Выйти из чата}, {@code /start} or a main menu
 * button. {@code Поддержка} asks for one message and sends it to the operators; an operator's
 * {@code Ответить} asks for the answer and sends it back. In chat mode a photo or a file (with its
 * caption) is relayed too, by its Telegram file id; support takes texts only. Whatever else comes
 * (a sticker, a voice message) gets an answer saying what can be sent, and relays nothing.
 */
public final class Relays {

    /** The dialogue steps of this package: the chat is in chat mode, or waits for a support message or answer. */
    public static final String STEP_PREFIX = "c.";
    static final String CHAT_STEP = "c.chat";
    static final String SUPPORT_STEP = "c.support";
    static final String ANSWER_STEP = "c.answer";

    /** Chat mode with the account given (the card's {@code Чат}, a chat message's {@code Ответить}). */
    public static final String OPEN_CHAT = "co";
    /** {@code Выйти из чата}. */
    public static final String LEAVE_CHAT = "cx";
    /** An operator's {@code Ответить} under a support request: the request's id. */
    public static final String SUPPORT_ANSWER = "sa";
    /** {@code Отмена} of a support message or answer not yet written. */
    public static final String SUPPORT_CANCEL = "sx";

    private static final Logger log = LoggerFactory.getLogger(Relays.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final Dialogues dialogues;
    private final StartCommand start;

    public Relays(BookingCore core, Outgoing outgoing, Dialogues dialogues, StartCommand start) {
        this.core = core;
        this.outgoing = outgoing;
        this.dialogues = dialogues;
        this.start = start;
    }

    /** {@code Поддержка}: asks for the message. */
    public void askSupport(Conversation conversation) {
        dialogues.await(conversation.chatId(), SUPPORT_STEP, "");
        say(conversation, cancelKeyboard(conversation), "relay.support-ask");
    }

    /** A press on one of this package's buttons. */
    public CallbackAnswer press(Conversation conversation, CallbackData data) {
        return switch (data.action()) {
            case OPEN_CHAT -> data.uuid(0).map(id -> openChat(conversation, new AccountId(id))).getOrElse(() -> stale(conversation));
            case LEAVE_CHAT -> leaveChat(conversation);
            case SUPPORT_ANSWER -> data.uuid(0).map(id -> askAnswer(conversation, new MessageId(id))).getOrElse(() -> stale(conversation));
            case SUPPORT_CANCEL -> cancel(conversation);
            default -> stale(conversation);
        };
    }

    /**
     * A message while one of this package's steps waits: relayed in chat mode (a text, or a photo or
     * file with its caption), sent to support, or sent back as an operator's answer (texts only).
     */
    public void reply(Conversation conversation, State state, Message message) {
        String text = Option.of(message.getText()).map(String::strip).getOrElse("");
        switch (state.step()) {
            case CHAT_STEP -> relayChat(conversation, state, attachmentOf(message)
                    .map(attachment -> new MessageContent(Option.of(message.getCaption()).map(String::strip).getOrElse(""), Option.some(attachment)))
                    .getOrElse(() -> MessageContent.text(text)));
            case SUPPORT_STEP -> sendSupport(conversation, text);
            case ANSWER_STEP -> sendAnswer(conversation, state, text);
            default -> {
                dialogues.clear(conversation.chatId());
                start.showMenu(conversation, conversation.text("input.not-understood"));
            }
        }
    }

    /**
     * A main menu button pressed while one of this package's steps waits leaves it, as {@code /start}
     * would: chat mode ends (the user is told), a support message not yet written is dropped.
     */
    public void leaveFor(Conversation conversation, Option<State> waiting) {
        if (waiting.isEmpty() || !waiting.get().step().startsWith(STEP_PREFIX)) {
            return;
        }
        dialogues.clear(conversation.chatId());
        if (waiting.get().step().equals(CHAT_STEP)) {
            counterpart(waiting.get()).forEach(other -> outgoing.call(Screen.text(
                    conversation.text("relay.chat-left", nameOf(other))).sendTo(conversation.chatId())));
        }
    }

    private CallbackAnswer openChat(Conversation conversation, AccountId counterpart) {
        return core.openChat().open(conversation.account().id(), counterpart).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                other -> {
                    dialogues.await(conversation.chatId(), CHAT_STEP, other.id().value().toString());
                    log.info("chat mode account={} with={}", conversation.account().id(), other.id());
                    outgoing.call(new Screen(conversation.text("relay.chat-opened", nameOf(other)), leaveKeyboard(conversation))
                            .sendTo(conversation.chatId()));
                    return CallbackAnswer.NONE;
                });
    }

    private CallbackAnswer leaveChat(Conversation conversation) {
        Option<State> waiting = dialogues.waiting(conversation.chatId());
        if (waiting.isEmpty() || !waiting.get().step().equals(CHAT_STEP)) {
            return CallbackAnswer.toast(conversation.text("relay.chat-not-open"));
        }
        dialogues.clear(conversation.chatId());
        String name = counterpart(waiting.get()).map(Relays::nameOf).getOrElse("");
        start.showMenu(conversation, conversation.text("relay.chat-left", name));
        return CallbackAnswer.NONE;
    }

    /** The photo (its largest size) or the file a message carries, by its Telegram file id. */
    static Option<MessageContent.Attachment> attachmentOf(Message message) {
        if (message.hasPhoto()) {
            return List.ofAll(message.getPhoto()).maxBy(Comparator.comparingLong(photo -> (long) photo.getWidth() * photo.getHeight()))
                    .map(largest -> new MessageContent.Attachment(MessageContent.Attachment.Kind.PHOTO, largest.getFileId()));
        }
        return Option.of(message.getDocument())
                .map(document -> new MessageContent.Attachment(MessageContent.Attachment.Kind.FILE, document.getFileId()));
    }

    private void relayChat(Conversation conversation, State state, MessageContent content) {
        Option<AccountId> counterpart = payloadId(state).map(AccountId::new);
        if (counterpart.isEmpty()) {
            dialogues.clear(conversation.chatId());
            start.showMenu(conversation, conversation.text("input.not-understood"));
            return;
        }
        if (content.text().isEmpty() && content.attachment().isEmpty()) {
            say(conversation, leaveKeyboard(conversation), "relay.chat-unsupported");
            return;
        }
        core.relayChatMessage().relay(conversation.account().id(),
                new RelayChatMessage.Command(counterpart.get(), content)).fold(
                refused -> {
                    if (refused.reason() == Reason.INVALID_INPUT) {
                        say(conversation, leaveKeyboard(conversation), "relay.too-long", String.valueOf(MessageContent.MAX_TEXT_LENGTH));
                    } else {
                        dialogues.clear(conversation.chatId()); // the counterpart is no longer theirs: chat mode ends
                        start.showMenu(conversation, Rejections.text(conversation, refused));
                    }
                    return null;
                },
                relayed -> {
                    // a chat in use stays open: the day a dialogue is kept counts from the last message
                    dialogues.await(conversation.chatId(), CHAT_STEP, state.payload());
                    log.info("chat message relayed id={} from={} to={}", relayed.id(), relayed.sender(), relayed.recipient());
                    return null;
                });
    }

    private void sendSupport(Conversation conversation, String text) {
        if (text.isEmpty()) {
            say(conversation, cancelKeyboard(conversation), "relay.text-only");
            return;
        }
        core.sendSupportMessage().send(conversation.account().id(), MessageContent.text(text)).fold(
                refused -> {
                    if (refused.reason() == Reason.INVALID_INPUT) {
                        say(conversation, cancelKeyboard(conversation), "relay.too-long", String.valueOf(MessageContent.MAX_TEXT_LENGTH));
                        return null;
                    }
                    dialogues.clear(conversation.chatId());
                    log.info("support message refused account={} reason={}", conversation.account().id(), refused.reason());
                    start.showMenu(conversation, refused.reason() == Reason.SUPPORT_UNAVAILABLE
                            ? conversation.text("relay.support-unavailable")
                            : Rejections.text(conversation, refused));
                    return null;
                },
                sent -> {
                    dialogues.clear(conversation.chatId());
                    log.info("support message sent account={} copies={}", conversation.account().id(), sent.size());
                    start.showMenu(conversation, conversation.text("relay.support-sent"));
                    return null;
                });
    }

    private CallbackAnswer askAnswer(Conversation conversation, MessageId request) {
        Option<RelayedMessage> found = core.ports().messages().findById(request)
                .filter(m -> m.kind() == RelayedMessage.Kind.SUPPORT_REQUEST && m.recipient().equals(conversation.account().id()));
        if (found.isEmpty()) {
            return CallbackAnswer.alert(Rejections.text(conversation, Rejection.of(Reason.NOT_FOUND)));
        }
        String asker = core.ports().accounts().findById(found.get().sender()).map(Account::displayName).getOrElse("?");
        dialogues.await(conversation.chatId(), ANSWER_STEP, request.value().toString());
        say(conversation, cancelKeyboard(conversation), "relay.answer-ask", asker);
        return CallbackAnswer.NONE;
    }

    private void sendAnswer(Conversation conversation, State state, String text) {
        Option<MessageId> request = payloadId(state).map(MessageId::new);
        if (request.isEmpty()) {
            dialogues.clear(conversation.chatId());
            start.showMenu(conversation, conversation.text("input.not-understood"));
            return;
        }
        if (text.isEmpty()) {
            say(conversation, cancelKeyboard(conversation), "relay.text-only");
            return;
        }
        core.replyToSupport().reply(conversation.account().id(), new ReplyToSupport.Command(request.get(), MessageContent.text(text))).fold(
                refused -> {
                    if (refused.reason() == Reason.INVALID_INPUT) {
                        say(conversation, cancelKeyboard(conversation), "relay.too-long", String.valueOf(MessageContent.MAX_TEXT_LENGTH));
                        return null;
                    }
                    dialogues.clear(conversation.chatId());
                    start.showMenu(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                answer -> {
                    dialogues.clear(conversation.chatId());
                    String asker = core.ports().accounts().findById(answer.recipient()).map(Account::displayName).getOrElse("?");
                    log.info("support answer sent id={} request={}", answer.id(), request.get());
                    start.showMenu(conversation, conversation.text("relay.answer-sent", asker));
                    return null;
                });
    }

    private CallbackAnswer cancel(Conversation conversation) {
        Option<State> waiting = dialogues.waiting(conversation.chatId());
        if (waiting.isEmpty() || !(waiting.get().step().equals(SUPPORT_STEP) || waiting.get().step().equals(ANSWER_STEP))) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        dialogues.clear(conversation.chatId());
        start.showMenu(conversation, conversation.text("relay.cancelled"));
        return CallbackAnswer.NONE;
    }

    private Option<Account> counterpart(State state) {
        return payloadId(state).map(AccountId::new).flatMap(core.ports().accounts()::findById);
    }

    private static String nameOf(Account account) {
        return account.isProvider() ? MessageDelivery.providerLabel(account) : account.displayName();
    }

    private static CallbackAnswer stale(Conversation conversation) {
        return CallbackAnswer.toast(conversation.text("button.stale"));
    }

    /** A text for the user under the dialogue's keyboard: a question, or the reason it is asked again. */
    private void say(Conversation conversation, org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup keyboard, String key, Object... arguments) {
        outgoing.call(new Screen(conversation.text(key, arguments), keyboard).sendTo(conversation.chatId()));
    }

    /** The id a chat or answer step keeps as its payload; none when the payload is not one. */
    private static Option<UUID> payloadId(State state) {
        return Try.of(() -> UUID.fromString(state.payload())).toOption();
    }

    private static org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup leaveKeyboard(Conversation conversation) {
        return Keyboards.grid(List.of(button(conversation.text("relay.leave-chat"), CallbackData.of(LEAVE_CHAT))), 1);
    }

    private static org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup cancelKeyboard(Conversation conversation) {
        return Keyboards.grid(List.of(button(conversation.text("relay.cancel"), CallbackData.of(SUPPORT_CANCEL))), 1);
    }
}
