package io.kalenner.adapter.telegram.relay;

import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.relay.SupportOperators;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.InlineButton;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The real bot against the Bot API stand-in, on in-memory ports, with one support operator: a
 * Telegram user made before the core, as configuration names it, who has an account only once it
 * has written to the bot.
 */
final class RelayBot implements AutoCloseable {

    static final String TOKEN = "6262:relays";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

    final BotApiServer telegram;
    final TelegramUser operator;
    final BookingCore core;
    final TelegramBot bot;

    RelayBot(String operatorLanguage) throws Exception {
        telegram = BotApiServer.start(TOKEN);
        operator = telegram.newUser("Оператор", operatorLanguage);
        core = new BookingCore(InMemoryPorts.create(CLOCK), SupportOperators.of(new TelegramUserId(operator.id())));
        bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, CLOCK);
    }

    /** A user who wrote /start, so the bot may write to them. */
    TelegramUser user(String name, String language) {
        return started(telegram.newUser(name, language));
    }

    /** The operator writes /start: from now on it has an account, and support reaches it. */
    TelegramUser operatorOnline() {
        return started(operator);
    }

    private static TelegramUser started(TelegramUser user) {
        user.sendText("/start");
        user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        return user;
    }

    Account account(TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(),
                Language.fromTelegramCode(Option.of(user.languageCode()))));
    }

    Account provider(TelegramUser user, ProviderKind kind) {
        Account provider = core.registerAsProvider().register(account(user).id(), new RegisterAsProvider.Command(kind, Option.none())).get();
        user.sendText("/start");
        user.awaitBotMessage(m -> m.replyKeyboard().stream().anyMatch(row -> row.contains("Кабинет") || row.contains("Dashboard")));
        return provider;
    }

    /** The user opened the provider's invitation. */
    Account clientOf(TelegramUser user, Account provider) {
        String code = core.createClientInvitation().create(provider.id()).get().code().value();
        core.acceptInvitation().accept(account(user).id(), new AcceptInvitation.Command(code)).get();
        return account(user);
    }

    static java.util.List<String> buttons(ChatMessage message) {
        return message.inlineButtonLabels().stream().flatMap(java.util.List::stream).toList();
    }

    static InlineButton button(ChatMessage message, String label) {
        return message.inlineKeyboard().stream().flatMap(java.util.List::stream).filter(b -> b.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + buttons(message)));
    }

    @Override
    public void close() {
        try {
            telegram.assertNoViolations();
        } finally {
            bot.close();
            telegram.close();
        }
    }
}
