package io.kalenner.adapter.telegram.chat;

import io.kalenner.adapter.telegram.chat.SendLimits.Priority;
import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.adapter.telegram.events.BotEvents.ApiError;
import io.vavr.CheckedFunction0;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every call to the Bot API goes through here. Messages keep Telegram's flood limits
 * ({@link SendLimits}); a 429 is waited out as long as Telegram says; network faults and 5xx are
 * retried with backoff; a 403 (the user blocked the bot) marks the chat and stops sending to it;
 * any other refusal (400: a bad request) is logged with the method and Telegram's reason and not
 * retried. Failures are logged one way: the method and Telegram's answer, never the text, never
 * the token.
 */
public final class Outgoing {

    private static final Logger log = LoggerFactory.getLogger(Outgoing.class);
    private static final int FLOOD_WAITS = 5;
    private static final int FAULT_RETRIES = 4;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    /** How a sender waits; tests replace it to see the waits without spending them. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final TelegramClient client;
    private final SendLimits limits;
    private final Sleeper sleeper;
    private final BotEvents events;
    private final Set<Long> blockedChats = ConcurrentHashMap.newKeySet();
    private final ShownEdits shownEdits = new ShownEdits();

    public Outgoing(TelegramClient client) {
        this(client, new SendLimits(), BotEvents.NONE);
    }

    /** A sender within {@code limits} that tells {@code events} of every message sent and every failed attempt. */
    public Outgoing(TelegramClient client, SendLimits limits, BotEvents events) {
        this(client, limits, duration -> Thread.sleep(duration.toMillis()), events);
    }

    public Outgoing(TelegramClient client, SendLimits limits, Sleeper sleeper) {
        this(client, limits, sleeper, BotEvents.NONE);
    }

    public Outgoing(TelegramClient client, SendLimits limits, Sleeper sleeper, BotEvents events) {
        this.client = client;
        this.limits = limits;
        this.sleeper = sleeper;
        this.events = events;
    }

    /** A call made for a user's own action: it goes before notifications. */
    public <T extends Serializable> Try<T> call(BotApiMethod<T> method) {
        if (method instanceof EditMessageText edit) {
            // a button pressed twice fast asks for the same edit twice: Telegram refuses the second ("message is not modified")
            if (shownEdits.isShown(edit)) {
                log.info("edit skipped, the message shows it already");
                return Try.failure(new MessageNotModified());
            }
            return send(method.getMethod(), chatOf(method), Priority.REPLY, () -> client.execute(method))
                    .onSuccess(done -> shownEdits.shown(edit));
        }
        return send(method.getMethod(), chatOf(method), Priority.REPLY, () -> client.execute(method));
    }

    /** An edit not made because the message already shows exactly that. */
    public static final class MessageNotModified extends RuntimeException {
        MessageNotModified() {
            super("the message shows this already", null, false, false);
        }
    }

    /**
     * What the latest edits made each message show, for the newest few thousand messages: the bot
     * changes its messages only by editing their text, so an edit equal to the latest one changes
     * nothing. Per process: another instance may still repeat an edit, which Telegram then refuses.
     */
    private static final class ShownEdits {
        private static final int KEPT = 10_000;
        private final java.util.Map<String, String> contents = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
                return size() > KEPT;
            }
        };

        boolean isShown(EditMessageText edit) {
            String content = content(edit); // built outside the lock: the workers share it
            synchronized (this) {
                return content.equals(contents.get(key(edit)));
            }
        }

        void shown(EditMessageText edit) {
            String content = content(edit);
            synchronized (this) {
                contents.put(key(edit), content);
            }
        }

        private static String key(EditMessageText edit) {
            return edit.getChatId() + ":" + edit.getMessageId();
        }

        /**
         * The text, parse mode and every button's label, data and link: all an edit of this bot
         * sets ({@link Keyboards} makes only callback and link buttons). Written out by hand, since
         * telegrambots' generated {@code toString} of a keyboard costs more than the rest of an
         * update's screen.
         */
        private static String content(EditMessageText edit) {
            StringBuilder content = new StringBuilder(256).append(edit.getText()).append('\u0000').append(edit.getParseMode());
            if (edit.getReplyMarkup() != null) {
                for (java.util.List<InlineKeyboardButton> row : edit.getReplyMarkup().getKeyboard()) {
                    content.append('\u0000');
                    for (InlineKeyboardButton button : row) {
                        content.append('\u0001').append(button.getText()).append('\u0002').append(button.getCallbackData())
                                .append('\u0002').append(button.getUrl());
                    }
                }
            }
            return content.toString();
        }
    }

    /** A notification or other bulk message: it waits while replies wait. */
    public <T extends Serializable> Try<T> callBulk(BotApiMethod<T> method) {
        return send(method.getMethod(), chatOf(method), Priority.BULK, () -> client.execute(method));
    }

    /** Uploads a photo (a multipart call, which telegrambots keeps apart from the JSON ones). */
    public Try<Message> call(SendPhoto photo) {
        return send(photo.getMethod(), chatIdOf(photo.getChatId()), Priority.REPLY, () -> client.execute(photo));
    }

    /** A photo relayed (sent again by its Telegram file id): it waits while replies wait. */
    public Try<Message> callBulk(SendPhoto photo) {
        return send(photo.getMethod(), chatIdOf(photo.getChatId()), Priority.BULK, () -> client.execute(photo));
    }

    /** A file relayed (sent again by its Telegram file id): it waits while replies wait. */
    public Try<Message> callBulk(SendDocument document) {
        return send(document.getMethod(), chatIdOf(document.getChatId()), Priority.BULK, () -> client.execute(document));
    }

    /** The user wrote to the bot again, so they no longer block it. */
    public void unblock(long chatId) {
        if (blockedChats.remove(chatId)) {
            log.info("chat unblocked chat={}", chatId);
        }
    }

    public boolean isBlocked(long chatId) {
        return blockedChats.contains(chatId);
    }

    private <T> Try<T> send(String method, Option<Long> chat, Priority priority, CheckedFunction0<T> execution) {
        if (chat.exists(blockedChats::contains)) {
            return Try.failure(new ChatBlocked(chat.get()));
        }
        int floodWaits = 0;
        int faults = 0;
        while (true) {
            try {
                if (chat.isDefined()) {
                    limits.acquire(chat.get(), priority);
                }
                T result = execution.apply();
                if (method.startsWith("send")) {
                    events.sent(method);
                }
                return Try.success(result);
            } catch (TelegramApiRequestException refused) {
                int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
                events.apiError(ApiError.ofCode(code), method);
                if (code == 429 && floodWaits++ < FLOOD_WAITS) {
                    Duration wait = Duration.ofSeconds(retryAfter(refused));
                    log.warn("telegram flood wait method={} retry_after_s={}", method, wait.toSeconds());
                    if (!sleep(wait)) {
                        return Try.failure(refused);
                    }
                } else if (code == 403 && chat.isDefined()) {
                    blockedChats.add(chat.get());
                    log.warn("telegram refused method={} code=403 chat={}: the user blocked the bot, sending stops", method, chat.get());
                    return Try.failure(new ChatBlocked(chat.get()));
                } else if (code >= 500 && faults++ < FAULT_RETRIES) {
                    log.warn("telegram failed method={} code={}, retrying", method, code);
                    if (!sleep(backoff(faults))) {
                        return Try.failure(refused);
                    }
                } else {
                    log.warn("telegram refused method={} code={} description={}", method, code, refused.getApiResponse());
                    return Try.failure(refused);
                }
            } catch (TelegramApiException fault) {
                events.apiError(ApiError.NETWORK, method);
                if (faults++ >= FAULT_RETRIES) {
                    log.warn("telegram call failed method={} fault={}", method, fault.toString());
                    return Try.failure(fault);
                }
                if (!sleep(backoff(faults))) {
                    return Try.failure(fault);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Try.failure(interrupted);
            } catch (Throwable unexpected) {
                log.warn("telegram call failed method={} fault={}", method, unexpected.toString());
                return Try.failure(unexpected);
            }
        }
    }

    private boolean sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long retryAfter(TelegramApiRequestException refused) {
        Integer seconds = refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
        return seconds == null || seconds < 1 ? 1 : seconds;
    }

    private static Duration backoff(int attempt) {
        return FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
    }

    /** The chat a message goes to; calls without one (answering a callback, getMe) are not limited. */
    private static Option<Long> chatOf(BotApiMethod<?> method) {
        if (method instanceof SendMessage send) {
            return chatIdOf(send.getChatId());
        }
        if (method instanceof EditMessageText edit) {
            return chatIdOf(edit.getChatId());
        }
        return Option.none();
    }

    private static Option<Long> chatIdOf(String chatId) {
        return Option.of(chatId).flatMap(id -> Try.of(() -> Long.parseLong(id)).toOption());
    }
}
