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
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Takes relayed messages (chat, support requests and replies) from the message outbox and sends
 * them, each marked with who sent it: the notification deliverer's pattern, on its own thread. A
 * chat message carries {@code Ответить}, which puts the recipient into chat mode with the sender; a
 * support request carries {@code Ответить} for the operator. A message is marked delivered only
 * after Telegram took it; a failed one returns when its lease ends. Only the text is relayed yet:
 * an attachment is not sent on.
 */
public final class MessageDelivery implements AutoCloseable {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration PERIOD = Duration.ofMillis(500);

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
        for (Screen screen : render(conversation, message, sender.get())) {
            sent = sent.flatMap(ok -> outgoing.callBulk(screen.sendTo(conversation.chatId())).map(m -> true));
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

    /** The message as the recipient sees it: a heading naming the sender, the text, and the answer button. */
    List<Screen> render(Conversation conversation, RelayedMessage message, Account sender) {
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
        if (message.content().attachment().isDefined()) {
            text = (text.isBlank() ? "" : text + "\n") + conversation.text("relay.attachment-not-relayed");
        }
        if (heading.length() + 2 + text.length() <= MessageContent.MAX_TEXT_LENGTH) {
            return List.of(new Screen(heading + "\n\n" + text, keyboard));
        }
        return List.of(Screen.text(heading), new Screen(text, keyboard)); // one message would be over Telegram's limit
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
