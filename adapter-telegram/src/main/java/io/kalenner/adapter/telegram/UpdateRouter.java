package io.kalenner.adapter.telegram;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.booking.AppointmentsList;
import io.kalenner.adapter.telegram.booking.BookingFlow;
import io.kalenner.adapter.telegram.booking.ProvidersList;
import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.dashboard.Dashboard;
import io.kalenner.adapter.telegram.documents.ClientDocuments;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.SharedDocumentsScreen;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.adapter.telegram.documents.TermsScreen;
import io.kalenner.adapter.telegram.notification.NotificationDelivery;
import io.kalenner.adapter.telegram.relay.MessageDelivery;
import io.kalenner.adapter.telegram.relay.Relays;
import io.kalenner.adapter.telegram.registration.RegistrationOptions;
import io.kalenner.adapter.telegram.settings.SettingsScreen;
import io.kalenner.adapter.telegram.start.MainMenu;
import io.kalenner.adapter.telegram.start.StartCommand;
import io.kalenner.application.AccountsReadOnce;
import io.kalenner.application.BookingCore;
import io.kalenner.application.OutboxAdditions;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.Array;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns one Telegram update into the right flow's call: finds (or registers) the acting account,
 * then routes commands, menu labels and button presses. A typed message goes first to the question
 * the chat waits on, if any ({@link Dialogues}); {@code /start} drops that question. Every callback
 * query is answered.
 */
public final class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private static final Duration RECEIPTS_KEPT = Duration.ofDays(2);
    private static final Duration FORGETTING_PERIOD = Duration.ofHours(1);

    private final BookingCore core;
    private final Clock clock;
    private final AtomicReference<Instant> lastForgetting = new AtomicReference<>(Instant.EPOCH);
    private final Outgoing outgoing;
    private final StartCommand start;
    private final BookingFlow booking;
    private final RequestAnswers requestAnswers;
    private final AppointmentsList appointments;
    private final ProvidersList providers;
    private final SettingsScreen settings;
    private final RegistrationOptions registration;
    private final Dashboard dashboard;
    private final Dialogues dialogues;
    private final NotificationDelivery delivery;
    private final ClientDocuments clientDocuments;
    private final MessageDelivery messages;
    private final Relays relays;

    public UpdateRouter(BookingCore core, Outgoing outgoing, Clock clock, NotificationDelivery delivery, RequestAnswers requestAnswers,
            InvitationLinks links) {
        this(core, outgoing, clock, delivery, requestAnswers, links, TelegramFiles.unavailable(), new DownloadLinks(TelegramSettings.LOCAL_WEB));
    }

    /** With the way to fetch files users send and the public address download links point to. */
    public UpdateRouter(BookingCore core, Outgoing outgoing, Clock clock, NotificationDelivery delivery, RequestAnswers requestAnswers,
            InvitationLinks links, TelegramFiles files, DownloadLinks downloadLinks) {
        this(core, outgoing, clock, delivery, requestAnswers, links, files, downloadLinks, new MessageDelivery(core, outgoing, clock));
    }

    /** And the deliverer of relayed messages (chat, support), woken after each update; profile links share the public address. */
    public UpdateRouter(BookingCore core, Outgoing outgoing, Clock clock, NotificationDelivery delivery, RequestAnswers requestAnswers,
            InvitationLinks links, TelegramFiles files, DownloadLinks downloadLinks, MessageDelivery messages) {
        this.core = core;
        this.clock = clock;
        this.outgoing = outgoing;
        this.start = new StartCommand(core, outgoing);
        this.booking = new BookingFlow(core, outgoing, clock);
        this.requestAnswers = requestAnswers;
        this.appointments = new AppointmentsList(core, outgoing, clock);
        this.providers = new ProvidersList(core, outgoing, downloadLinks);
        this.dialogues = new Dialogues(core.ports().conversations(), clock);
        this.settings = new SettingsScreen(core, outgoing, start, clock, dialogues);
        this.registration = new RegistrationOptions(core, outgoing, start, dialogues, settings, clock);
        this.dashboard = new Dashboard(core, outgoing, links, downloadLinks, dialogues, clock, files);
        this.delivery = delivery;
        this.clientDocuments = new ClientDocuments(core, outgoing, dialogues, downloadLinks, files);
        this.messages = messages;
        this.relays = new Relays(core, outgoing, dialogues, start);
    }

    /**
     * The updates of one delivery (a {@code getUpdates} answer, a webhook request) not received
     * before: their ids are recorded in one write and one commit, so an update delivered again (a
     * restart, a webhook retry, a second instance) is left out. A crash after the record and before
     * the handling loses those updates rather than applying them twice (D10, D64).
     */
    public List<Update> firstReceived(List<Update> updates) {
        Instant now = clock.instant();
        forgetOldReceipts(now);
        Set<Long> first = core.ports().receipts().firstReceipts(Array.ofAll(updates).map(UpdateRouter::idOf), now);
        List<Update> taken = new ArrayList<>(updates.size());
        for (Update update : updates) {
            if (first.contains(idOf(update))) {
                taken.add(update);
            } else {
                log.info("update skipped, received before update_id={}", update.getUpdateId());
            }
        }
        return taken;
    }

    private static long idOf(Update update) {
        return update.getUpdateId();
    }

    /** Acts on an update; {@link #firstReceived} tells which ones to hand here. */
    public void handle(Update update) {
        OutboxAdditions added = core.outboxAdditions();
        long notificationsBefore = added.notificationsOnThisThread();
        long messagesBefore = added.messagesOnThisThread();
        try (AccountsReadOnce.Scope oneUpdate = core.accountsReadOnce().open()) {
            if (update.hasCallbackQuery()) {
                onCallback(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                onMessage(update.getMessage());
            }
        } finally {
            // a round now only where this update's use cases added something; what other
            // instances add, the deliveries' regular rounds find
            if (added.notificationsOnThisThread() != notificationsBefore) {
                delivery.wake();
            }
            if (added.messagesOnThisThread() != messagesBefore) {
                messages.wake();
            }
        }
    }

    /** At most once an hour; Telegram keeps an unconfirmed update for a day, receipts are kept for two. */
    private void forgetOldReceipts(Instant now) {
        Instant last = lastForgetting.get();
        if (Duration.between(last, now).compareTo(FORGETTING_PERIOD) >= 0 && lastForgetting.compareAndSet(last, now)) {
            core.ports().receipts().forgetBefore(now.minus(RECEIPTS_KEPT));
        }
    }

    private void onMessage(Message message) {
        if (!message.getChat().isUserChat() || message.getFrom() == null) {
            return; // the bot lives in private chats only
        }
        outgoing.unblock(message.getChatId()); // they write, so they no longer block the bot
        Conversation conversation = Conversation.of(identify(message.getFrom()), message.getChatId());
        String text = Option.of(message.getText()).map(String::strip).getOrElse("");
        if (text.equals("/start") || text.startsWith("/start ")) {
            dialogues.clear(conversation.chatId()); // /start always leaves a dialogue
            start.handle(conversation, text.substring("/start".length()).strip());
            return;
        }
        // a question the bot asked takes the answer before anything else, menu labels included
        Option<State> waiting = dialogues.waiting(conversation.chatId());
        if (message.getForwardOrigin() != null && !waiting.exists(state -> state.step().startsWith(Relays.STEP_PREFIX))) {
            // someone else's words are no choice of this user's; in chat mode or to support they are passed on
            start.showMenu(conversation, conversation.text("input.forwarded"));
            return;
        }
        if (waiting.isDefined() && waiting.get().step().startsWith(ClientDocuments.STEP_PREFIX)) {
            clientDocuments.receive(conversation, waiting.get(), message); // a file, or a photo
        } else if (waiting.isDefined() && waiting.get().step().startsWith(Dashboard.STEP_PREFIX)) {
            dashboard.reply(conversation, waiting.get(), message); // a text, or a picture for the profile
        } else if (waiting.isDefined() && waiting.get().step().startsWith(Relays.STEP_PREFIX) && MainMenu.itemOf(text).isEmpty()) {
            relays.reply(conversation, waiting.get(), message); // chat mode, or a support message asked for
        } else if (waiting.isDefined() && waiting.get().step().startsWith(RegistrationOptions.STEP_PREFIX) && MainMenu.itemOf(text).isEmpty()) {
            registration.reply(conversation, waiting.get(), text); // the name, or what the new provider does
        } else if (waiting.isDefined() && waiting.get().step().startsWith(SettingsScreen.STEP_PREFIX) && MainMenu.itemOf(text).isEmpty()) {
            settings.reply(conversation, waiting.get(), text); // a zone id or the clock time asked for
        } else if (text.isEmpty()) {
            start.showMenu(conversation, conversation.text("input.not-text"));
        } else {
            MainMenu.itemOf(text).fold(
                    () -> {
                        start.showMenu(conversation, conversation.text(text.startsWith("/") ? "input.unknown-command" : "input.not-understood"));
                        return null;
                    },
                    item -> {
                        onMenu(conversation, item, waiting);
                        return null;
                    });
        }
    }

    /** A main-menu button pressed while {@code waiting} was the chat's dialogue state. */
    private void onMenu(Conversation conversation, MainMenu.Item item, Option<State> waiting) {
        relays.leaveFor(conversation, waiting); // a menu button leaves chat mode
        if (waiting.exists(state -> state.step().startsWith(SettingsScreen.STEP_PREFIX) || state.step().startsWith(RegistrationOptions.STEP_PREFIX))) {
            dialogues.clear(conversation.chatId()); // and no longer waits for a zone id, a clock time or a registration answer
        }
        switch (item) {
            case REQUEST_APPOINTMENT -> booking.begin(conversation);
            case APPOINTMENTS -> appointments.show(conversation);
            case PROVIDERS -> providers.show(conversation);
            case SETTINGS -> settings.show(conversation);
            case REGISTRATION -> registration.show(conversation);
            case DASHBOARD -> dashboard.show(conversation);
            case SUPPORT -> relays.askSupport(conversation);
        }
    }

    private void onCallback(CallbackQuery query) {
        Conversation conversation = Conversation.of(identify(query.getFrom()), query.getFrom().getId());
        Option<CallbackData> data = Option.of(query.getData()).flatMap(CallbackData::parse);
        Option<Integer> messageId = Option.of(query.getMessage()).map(m -> m.getMessageId());
        CallbackAnswer answer = data.isEmpty() || messageId.isEmpty()
                ? CallbackAnswer.toast(conversation.text("button.stale"))
                : route(conversation, query, messageId.get(), data.get());
        var reply = AnswerCallbackQuery.builder().callbackQueryId(query.getId()).showAlert(answer.alert());
        answer.text().forEach(reply::text);
        outgoing.call(reply.build());
    }

    private CallbackAnswer route(Conversation conversation, CallbackQuery query, int messageId, CallbackData data) {
        return switch (data.action()) {
            case BookingFlow.PROVIDER, BookingFlow.SERVICE, BookingFlow.SPECIALIST, BookingFlow.DATE, BookingFlow.TIME, BookingFlow.CONFIRM ->
                    booking.press(conversation, messageId, data);
            case RequestAnswers.ACCEPT -> requestAnswers.press(conversation, messageId, data);
            // rejecting from the request's notification asks for the reason as the Requests screen does
            case RequestAnswers.REJECT -> dashboard.askRejectionReason(conversation, query.getMessage(), data);
            case SettingsScreen.TIME_ZONES, SettingsScreen.SET_OFFSET, SettingsScreen.LANGUAGES, SettingsScreen.SET_LANGUAGE,
                    SettingsScreen.REGIONS, SettingsScreen.SET_REGION, SettingsScreen.TYPE_TIME, SettingsScreen.CONFIRM_OFFSET,
                    SettingsScreen.OVERVIEW ->
                    settings.press(conversation, messageId, data);
            case RegistrationOptions.REGISTER, RegistrationOptions.ABOUT, RegistrationOptions.SKIP, RegistrationOptions.KEEP_TIME,
                    RegistrationOptions.CHOOSE_TIME -> registration.press(conversation, messageId, data);
            // the provider card's Условия and Документы, the client card's Документы, and the buttons of those screens
            case TermsScreen.LIST, TermsScreen.TOGGLE, TermsScreen.REFRESH, TermsScreen.DOWNLOAD, TermsScreen.CHANGE, TermsScreen.CONFIRM,
                    SharedDocumentsScreen.LIST, SharedDocumentsScreen.TOGGLE, SharedDocumentsScreen.REFRESH, SharedDocumentsScreen.DOWNLOAD,
                    SharedDocumentsScreen.UPLOAD, SharedDocumentsScreen.DELETE, SharedDocumentsScreen.CONFIRM_DELETE,
                    SharedDocumentsScreen.OF_CLIENT, SharedDocumentsScreen.OF_CLIENT_TOGGLE, SharedDocumentsScreen.OF_CLIENT_REFRESH,
                    SharedDocumentsScreen.OF_CLIENT_DOWNLOAD, SharedDocumentsScreen.OF_CLIENT_UPLOAD, SharedDocumentsScreen.OF_CLIENT_DELETE,
                    SharedDocumentsScreen.OF_CLIENT_CONFIRM_DELETE ->
                    clientDocuments.press(conversation, query.getMessage(), data).getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            case ProvidersList.LIST, ProvidersList.CARD, ProvidersList.PAY -> providers.press(conversation, messageId, data);
            case AppointmentsList.LIST, AppointmentsList.OPEN, AppointmentsList.INFO, AppointmentsList.CANCEL, AppointmentsList.CONFIRM_CANCEL,
                    AppointmentsList.PAST, AppointmentsList.PAST_ONE -> appointments.press(conversation, messageId, data);
            case Relays.OPEN_CHAT, Relays.LEAVE_CHAT, Relays.SUPPORT_ANSWER, Relays.SUPPORT_CANCEL -> relays.press(conversation, data);
            default -> dashboard.press(conversation, query.getMessage(), data).getOrElse(() -> {
                log.info("unknown button action={} account={}", data.action(), conversation.account().id());
                return CallbackAnswer.toast(conversation.text("button.stale"));
            });
        };
    }

    private Account identify(User user) {
        String name = Option.of(user.getFirstName()).getOrElse("")
                + Option.of(user.getLastName()).map(last -> " " + last).getOrElse("");
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.getId()),
                name.isBlank() ? "#" + user.getId() : name.strip(),
                Language.fromTelegramCode(Option.of(user.getLanguageCode()))));
    }
}
