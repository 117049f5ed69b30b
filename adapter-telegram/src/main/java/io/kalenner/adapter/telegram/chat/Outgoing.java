package io.kalenner.adapter.telegram.chat;

import io.vavr.control.Try;
import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every call to the Bot API goes through here, so that failures are logged one way (the method
 * and Telegram's answer; never the text, never the token) and limits can be kept in one place.
 */
public final class Outgoing {

    private static final Logger log = LoggerFactory.getLogger(Outgoing.class);

    private final TelegramClient client;

    public Outgoing(TelegramClient client) {
        this.client = client;
    }

    /** Calls the method; a refusal or a network fault is logged and returned as a failure. */
    public <T extends Serializable> Try<T> call(BotApiMethod<T> method) {
        return Try.of(() -> client.execute(method)).onFailure(fault -> logFailure(method.getMethod(), fault));
    }

    /** Uploads a photo (a multipart call, which telegrambots keeps apart from the JSON ones). */
    public Try<Message> call(SendPhoto photo) {
        return Try.of(() -> client.execute(photo)).onFailure(fault -> logFailure(photo.getMethod(), fault));
    }

    private static void logFailure(String method, Throwable fault) {
        if (fault instanceof TelegramApiRequestException refused) {
            log.warn("telegram refused method={} code={} description={}", method, refused.getErrorCode(), refused.getApiResponse());
        } else {
            log.warn("telegram call failed method={} fault={}", method, fault.toString());
        }
    }
}
