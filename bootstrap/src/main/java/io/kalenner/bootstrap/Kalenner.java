package io.kalenner.bootstrap;

import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.UpdateSource;
import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.application.BookingCore;
import io.kalenner.application.port.Ports;
import io.kalenner.application.relay.SupportOperators;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running program: the booking core on a set of ports, driven by the Telegram bot. The ports
 * are made and closed by the caller, so tests can share one database across programs.
 */
public final class Kalenner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Kalenner.class);

    private final BookingCore core;
    private final TelegramBot bot;

    private Kalenner(BookingCore core, TelegramBot bot) {
        this.core = core;
        this.bot = bot;
    }

    /** Starts the bot on the given ports, with no support operators. */
    public static Kalenner start(TelegramSettings telegram, Ports ports) throws TelegramApiException {
        return start(telegram, ports, SupportOperators.none());
    }

    /** Starts the bot on the given ports; support messages go to the given operators. */
    public static Kalenner start(TelegramSettings telegram, Ports ports, SupportOperators operators) throws TelegramApiException {
        return start(telegram, ports, operators, UpdateSource.polling(), BotEvents.NONE);
    }

    /** Starts the bot on the given ports, taking updates from {@code source} and telling {@code events} what it does. */
    public static Kalenner start(TelegramSettings telegram, Ports ports, SupportOperators operators, UpdateSource source, BotEvents events)
            throws TelegramApiException {
        Clock clock = ports.clock();
        BookingCore core = new BookingCore(ports, operators);
        long started = System.nanoTime();
        TelegramBot bot = TelegramBot.start(telegram, core, clock, source, events);
        log.info("component started name=telegram millis={}", (System.nanoTime() - started) / 1_000_000);
        return new Kalenner(core, bot);
    }

    public BookingCore core() {
        return core;
    }

    public TelegramBot bot() {
        return bot;
    }

    @Override
    public void close() {
        bot.close();
    }
}
