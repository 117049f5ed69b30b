package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.inmemory.InMemoryDocumentStore;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The real bot against the Bot API stand-in, on in-memory ports whose document store takes files
 * up to {@link #SIZE_LIMIT}; download links point to {@link #PUBLIC_URL}. Until the provider card
 * exists, {@link #card} sends the user a message with its {@code Условия} and {@code Документы}
 * buttons, as the card will.
 */
final class DocumentsBot implements AutoCloseable {

    static final String TOKEN = "6161:documents-side";
    static final long SIZE_LIMIT = 1024 * 1024;
    static final URI PUBLIC_URL = URI.create("https://kalenner.example/");
    static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    final BotApiServer telegram;
    final BookingCore core;
    final TelegramBot bot;
    private final OkHttpTelegramClient client;
    private final Outgoing card;

    DocumentsBot() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        telegram = BotApiServer.start(TOKEN);
        Ports memory = InMemoryPorts.create(clock);
        Ports ports = new Ports(memory.accounts(), memory.services(), memory.schedules(), memory.appointments(), memory.invitations(),
                memory.outbox(), memory.receipts(), memory.conversations(), memory.transactions(), memory.ids(), memory.clock(),
                new InMemoryDocumentStore(SIZE_LIMIT), memory.links(), memory.terms(), memory.sharedDocuments(), memory.messages(),
                memory.reminders(), memory.history(), memory.profiles(), memory.packages());
        core = new BookingCore(ports);
        URI api = URI.create(telegram.baseUrl());
        bot = TelegramBot.start(new TelegramSettings(TOKEN, api, PUBLIC_URL), core, clock);
        client = new OkHttpTelegramClient(TOKEN, new TelegramUrl(api.getScheme(), api.getHost(), api.getPort(), false));
        card = new Outgoing(client);
    }

    /** A user who wrote /start, so the bot may write to them. */
    TelegramUser user(String name, String language) {
        TelegramUser user = telegram.newUser(name, language);
        user.sendText("/start");
        user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        return user;
    }

    Account account(TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(),
                Language.fromTelegramCode(Option.of(user.languageCode()))));
    }

    Account specialist(TelegramUser user) {
        return core.registerAsProvider().register(account(user).id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none()))
                .get();
    }

    /** The user opened the provider's invitation. */
    Account clientOf(TelegramUser user, Account provider) {
        String code = core.createClientInvitation().create(provider.id()).get().code().value();
        core.acceptInvitation().accept(account(user).id(), new AcceptInvitation.Command(code)).get();
        return account(user);
    }

    /** What the provider card will show: its Terms and Documents buttons (labels as the card's, data as this package reads). */
    void card(TelegramUser user, Account provider) {
        card.call(new Screen("🃏 " + provider.displayName(), Keyboards.rows(List.of(List.of(
                Keyboards.button(user.languageCode().equals("ru") ? "Условия" : "Terms", CallbackData.of(ClientDocuments.TERMS, provider.id().value())),
                Keyboards.button(user.languageCode().equals("ru") ? "Документы" : "Documents",
                        CallbackData.of(ClientDocuments.DOCUMENTS, provider.id().value()))))))
                .sendTo(user.id())).get();
        user.awaitBotText("🃏");
    }

    static java.util.List<String> buttons(ChatMessage message) {
        return message.inlineButtonLabels().stream().flatMap(java.util.List::stream).toList();
    }

    /** The download links in a message. */
    static java.util.List<String> links(ChatMessage message) {
        return java.util.Arrays.stream(message.text().split("\\s+")).filter(word -> word.startsWith("http")).toList();
    }

    void assertNoViolations() {
        telegram.assertNoViolations();
    }

    @Override
    public void close() {
        bot.close();
        telegram.close();
    }
}
