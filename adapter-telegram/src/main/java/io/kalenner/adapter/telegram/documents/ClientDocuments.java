package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.application.BookingCore;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A client's {@code Условия} and {@code Документы} of one provider. The provider card opens them
 * with {@link #TERMS} and {@link #DOCUMENTS}, the provider's account id as the only argument; the
 * provider side's client card opens the same {@code Документы} with {@link #OF_CLIENT}.
 */
public final class ClientDocuments {

    /** {@code tl:<provider>}: the provider's terms. */
    public static final String TERMS = TermsScreen.LIST;
    /** {@code dl:<provider>}: the documents shared with the provider. */
    public static final String DOCUMENTS = SharedDocumentsScreen.LIST;
    /** {@code g2:<client>:<provider>}: the documents shared with the client, as the provider's side sees them. */
    public static final String OF_CLIENT = SharedDocumentsScreen.OF_CLIENT;
    /** Every button action of both screens. */
    public static final Set<String> ACTIONS = TermsScreen.ACTIONS.addAll(SharedDocumentsScreen.ACTIONS);
    /** The dialogue steps of these screens (waiting for a file) start so. */
    public static final String STEP_PREFIX = SharedDocumentsScreen.STEP_PREFIX;

    private final TermsScreen terms;
    private final SharedDocumentsScreen documents;
    private final Dialogues dialogues;

    public ClientDocuments(BookingCore core, Outgoing outgoing, Dialogues dialogues, DownloadLinks links, TelegramFiles files) {
        this.terms = new TermsScreen(core, outgoing, links);
        this.documents = new SharedDocumentsScreen(core, outgoing, dialogues, links, files);
        this.dialogues = dialogues;
    }

    /** Sends the provider's {@code Условия} as a new message. */
    public void showTerms(Conversation conversation, AccountId provider) {
        terms.show(conversation, provider);
    }

    /** Sends the {@code Документы} shared with the provider as a new message. */
    public void showDocuments(Conversation conversation, AccountId provider) {
        documents.show(conversation, provider);
    }

    /** A press on one of these screens' buttons; none when the action is not theirs. */
    public Option<CallbackAnswer> press(Conversation conversation, MaybeInaccessibleMessage message, CallbackData data) {
        if (!ACTIONS.contains(data.action())) {
            return Option.none();
        }
        // another button: a file still awaited is not any more (Загрузить asks anew)
        if (dialogues.waiting(conversation.chatId()).exists(state -> state.step().startsWith(STEP_PREFIX))) {
            dialogues.clear(conversation.chatId());
        }
        Picks shown = Picks.of(message);
        return Option.some(TermsScreen.ACTIONS.contains(data.action())
                ? terms.press(conversation, shown, data)
                : documents.press(conversation, shown, data));
    }

    /** A message while the chat waits for a file (a step starting with {@link #STEP_PREFIX}). */
    public void receive(Conversation conversation, State state, Message message) {
        documents.receive(conversation, state, message);
    }
}
