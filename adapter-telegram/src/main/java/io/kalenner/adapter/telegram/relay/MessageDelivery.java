package io.kalenner.adapter.telegram.relay;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.ChatBlocked;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.MessageOutbox;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Takes relayed messages (chat, support requests and replies) from the message outbox and sends
 * them, each marked with who sent it: the notification deliverer's pattern, on its own thread. A
 * chat message carries {@code Ответить}, which puts the recipient into chat mode with the sender; a
 * support request carries {@code Ответить} for the operator. A message is marked delivered only
 * after Telegram took it; a failed one returns when its lease ends. A photo or file is sent on by
 * its Telegram file id, captioned with who sent it.
 */
public final class MessageDelivery implements AutoCloseable {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration PERIOD = Duration.ofMillis(500);
    /** Telegram's limit of a photo's or file's caption. */
    static final int MAX_CAPTION_LENGTH = 1024;

    private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile ScheduledExecutorService worker;

    public MessageDelivery(BookingCore core, Outgoing outgoing, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** Starts the rounds; until then {@link #wake()} does nothing. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kalenner-messages");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::deliverSafely, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a delivery round soon; many calls while one is queued make one round. */
    public void wake() {
        ScheduledExecutorService running = worker;
        if (running != null && !running.isShutdown() && queued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    queued.set(false);
                    deliverSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    private void deliverSafely() {
        try {
            deliverDue();
        } catch (RuntimeException fault) {
            log.error("message delivery round failed", fault);
        }
    }

    /** One round: claims what is due and sends it. */
    void deliverDue() {
        MessageOutbox outbox = core.ports().messages();
        for (RelayedMessage message : outbox.claim(BATCH, clock.instant(), LEASE)) {
            if (deliver(message)) {
                outbox.markDelivered(message.id());
            }
        }
    }

    private boolean deliver(RelayedMessage message) {
        Option<Account> recipient = core.ports().accounts().findById(message.recipient());
        Option<Account> sender = core.ports().accounts().findById(message.sender());
        if (recipient.isEmpty() || sender.isEmpty()) {
            log.warn("message dropped id={} reason=no-account", message.id());
            return true;
        }
        Conversation conversation = Conversation.of(recipient.get(), recipient.get().telegramUser().value());
        Try<Boolean> sent = Try.success(true);
        for (Send send : render(conversation, message, sender.get())) {
            sent = sent.flatMap(ok -> send.to(outgoing).map(m -> true));
        }
        return sent
                .onSuccess(ok -> log.info("message delivered id={} kind={} to={}", message.id(), message.kind(), recipient.get().id()))
                .recoverWith(ChatBlocked.class, blocked -> droppedBecause(message, "chat-blocked"))
                // a flood wait or a fault that outlasted the retries stays a failure: the lease brings it back
                .recoverWith(TelegramApiRequestException.class, refused -> isPermanent(refused)
                        ? droppedBecause(message, "refused-" + refused.getErrorCode())
                        : Try.failure(refused))
                .isSuccess();
    }

    /** A refusal that sending again would only repeat: a bad request, a chat that is gone. */
    private static boolean isPermanent(TelegramApiRequestException refused) {
        Integer code = refused.getErrorCode();
        return code != null && code >= 400 && code < 500 && code != 429;
    }

    private static Try<Boolean> droppedBecause(RelayedMessage message, String reason) {
        log.warn("message dropped id={} reason={}", message.id(), reason);
        return Try.success(true);
    }

    /**
     * The message as the recipient sees it: a heading naming the sender, the text, and the answer
     * button; a photo or file goes with the heading and its caption, sent again by its file id. What
     * would be over Telegram's limits (4096 characters of text, 1024 of a caption) comes in two.
     */
    List<Send> render(Conversation conversation, RelayedMessage message, Account sender) {
        String heading;
        InlineKeyboardMarkup keyboard;
        switch (message.kind()) {
            case CHAT_MESSAGE -> {
                heading = core.ports().accounts().hasProvider(message.recipient(), sender.id())
                        ? conversation.text("relay.chat-from-provider", providerLabel(sender))
                        : conversation.text("relay.chat-from-client", sender.displayName());
                keyboard = Keyboards.grid(List.of(button(conversation.text("relay.reply"),
                        CallbackData.of(Relays.OPEN_CHAT, sender.id().value()))), 1);
            }
            case SUPPORT_REQUEST -> {
                heading = conversation.text("relay.support-request", sender.displayName(), String.valueOf(sender.telegramUser().value()));
                keyboard = Keyboards.grid(List.of(button(conversation.text("relay.reply"),
                        CallbackData.of(Relays.SUPPORT_ANSWER, message.id().value()))), 1);
            }
            default -> {
                heading = conversation.text("relay.support-reply");
                keyboard = Keyboards.none();
            }
        }
        String text = message.content().text();
        long chatId = conversation.chatId();
        if (message.content().attachment().isDefined()) {
            MessageContent.Attachment attachment = message.content().attachment().get();
            String caption = text.isBlank() ? heading : heading + "\n\n" + text;
            return caption.length() <= MAX_CAPTION_LENGTH
                    ? List.of(media(chatId, attachment, caption, keyboard))
                    : List.of(text(Screen.text(heading + "\n\n" + text), chatId), media(chatId, attachment, heading, keyboard));
        }
        if (heading.length() + 2 + text.length() <= MessageContent.MAX_TEXT_LENGTH) {
            return List.of(text(new Screen(heading + "\n\n" + text, keyboard), chatId));
        }
        // one message would be over Telegram's limit
        return List.of(text(Screen.text(heading), chatId), text(new Screen(text, keyboard), chatId));
    }

    /** One Bot API call of a relayed message, made when it is sent. */
    interface Send {
        Try<?> to(Outgoing outgoing);
    }

    private static Send text(Screen screen, long chatId) {
        return outgoing -> outgoing.callBulk(screen.sendTo(chatId));
    }

    private static Send media(long chatId, MessageContent.Attachment attachment, String caption, InlineKeyboardMarkup keyboard) {
        InputFile file = new InputFile(attachment.reference());
        boolean buttons = !keyboard.getKeyboard().isEmpty();
        return switch (attachment.kind()) {
            case PHOTO -> {
                var photo = SendPhoto.builder().chatId(chatId).photo(file).caption(caption);
                if (buttons) {
                    photo.replyMarkup(keyboard);
                }
                SendPhoto built = photo.build();
                yield outgoing -> outgoing.callBulk(built);
            }
            case FILE -> {
                var document = SendDocument.builder().chatId(chatId).document(file).caption(caption);
                if (buttons) {
                    document.replyMarkup(keyboard);
                }
                SendDocument built = document.build();
                yield outgoing -> outgoing.callBulk(built);
            }
        };
    }

    static String providerLabel(Account provider) {
        return (provider.providerKind().contains(ProviderKind.ORGANIZATION) ? "🏫 " : "👤 ") + provider.displayName();
    }

    @Override
    public synchronized void close() {
        ScheduledExecutorService running = worker;
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
