package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.documents.SharedDocumentsScreen.Incoming;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.terms.ListTerms.ProviderTerms;
import io.kalenner.application.terms.ListTerms.Signature;
import io.kalenner.application.terms.SetConsentRequired;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Условия} of the dashboard: the provider's terms documents, each with its version, whether
 * consent is required and how many clients have signed. {@code Добавить документ} asks a title, then
 * the file sent as a document; a document's screen lists who signed which version (and who
 * withdrew), switches consent-required and takes a new version the same way (D58).
 */
final class TermsDesk {

    static final String SHOW = "d3";
    static final String OPEN = "djo";
    static final String ADD = "dja";
    static final String NEW_VERSION = "djv";
    /** The document's id and the wanted state ({@code 1}/{@code 0}), so a repeated press does not flip it back. */
    static final String CONSENT = "djc";
    static final Set<String> ACTIONS = HashSet.of(SHOW, OPEN, ADD, NEW_VERSION, CONSENT);

    static final String STEP_PREFIX = "d.terms";
    private static final String TITLE_STEP = STEP_PREFIX + ".title";
    /** The payload is the new document's title. */
    private static final String FILE_STEP = STEP_PREFIX + ".file";
    /** The payload is the document's id. */
    private static final String VERSION_STEP = STEP_PREFIX + ".version";
    private static final int DOCUMENT_BUTTONS = 20;

    private static final Logger log = LoggerFactory.getLogger(TermsDesk.class);

    private final Desk desk;
    private final TelegramFiles files;

    TermsDesk(Desk desk, TelegramFiles files) {
        this.desk = desk;
        this.files = files;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        AccountId me = conversation.account().id();
        Option<TermsDocumentId> document = data.uuid(0).map(TermsDocumentId::new);
        return switch (data.action()) {
            case SHOW -> terms(conversation).fold(refused -> Desk.refused(conversation, refused), screen -> desk.show(conversation, shown, screen));
            case ADD -> {
                if (!conversation.account().isProvider()) {
                    yield Desk.refused(conversation, Rejection.of(Rejection.Reason.NOT_A_PROVIDER));
                }
                desk.dialogues.await(conversation.chatId(), TITLE_STEP, "");
                yield desk.show(conversation, shown, question(conversation, conversation.text("terms-desk.ask-title", TermsDocument.MAX_TITLE_LENGTH)));
            }
            case OPEN -> document.flatMap(id -> entry(conversation, id)).fold(() -> Desk.stale(conversation),
                    entry -> desk.show(conversation, shown, detail(conversation, entry, "")));
            case NEW_VERSION -> document.flatMap(id -> entry(conversation, id)).fold(() -> Desk.stale(conversation), entry -> {
                desk.dialogues.await(conversation.chatId(), VERSION_STEP, entry.document().id().value().toString());
                return desk.show(conversation, shown, question(conversation,
                        conversation.text("terms-desk.ask-version", entry.document().title(), megabytes())));
            });
            case CONSENT -> document.filter(id -> data.arguments().size() == 2).fold(() -> Desk.stale(conversation), id -> desk.core.setConsentRequired()
                    .set(me, new SetConsentRequired.Command(id, data.arguments().get(1).equals("1"))).fold(
                            refused -> Desk.refused(conversation, refused),
                            changed -> entry(conversation, id).fold(() -> Desk.stale(conversation),
                                    entry -> desk.show(conversation, shown, detail(conversation, entry, "")))));
            default -> Desk.stale(conversation);
        };
    }

    /** A typed title, or the file of a new document or version; a bad answer is told and the question stays. */
    void reply(Conversation conversation, State state, Message message) {
        String text = Option.of(message.getText()).map(String::strip).getOrElse("");
        if (state.step().equals(TITLE_STEP)) {
            if (text.isEmpty()) {
                desk.say(conversation, conversation.text("terms-desk.title-not-text"));
                return;
            }
            TermsDocument.validTitle(text).fold(
                    refused -> {
                        desk.say(conversation, Rejections.text(conversation, refused));
                        return null;
                    },
                    title -> {
                        desk.dialogues.await(conversation.chatId(), FILE_STEP, title);
                        desk.send(conversation, question(conversation, conversation.text("terms-desk.ask-file", title, megabytes())));
                        return null;
                    });
            return;
        }
        AccountId me = conversation.account().id();
        if (state.step().equals(FILE_STEP)) {
            upload(conversation, message, file -> desk.core.uploadTermsDocument().newDocument(me,
                    new UploadTermsDocument.NewDocument(state.payload(), true, file)), "terms-desk.added");
            return;
        }
        Option<TermsDocumentId> document = Try.of(() -> new TermsDocumentId(UUID.fromString(state.payload()))).toOption();
        if (!state.step().equals(VERSION_STEP) || document.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("input.not-understood"));
            return;
        }
        upload(conversation, message, file -> desk.core.uploadTermsDocument().newVersion(me,
                new UploadTermsDocument.NewVersion(document.get(), file)), "terms-desk.new-version");
    }

    /** The file goes through the document store as it streams in from Telegram; the document's screen follows. */
    private void upload(Conversation conversation, Message message, Function<UploadTermsDocument.Upload, Either<Rejection, TermsDocument>> how,
            String doneKey) {
        Option<Incoming> incoming = Option.some(message).filter(Message::hasDocument).flatMap(Incoming::of);
        if (incoming.isEmpty()) {
            desk.say(conversation, conversation.text("terms-desk.not-a-file", megabytes()));
            return;
        }
        long limit = desk.core.ports().documents().sizeLimit();
        if (incoming.get().size() > limit) {
            desk.say(conversation, Rejections.text(conversation, DocumentStore.tooLarge(limit)) + "\n" + conversation.text("documents.send-another"));
            return;
        }
        Incoming file = incoming.get();
        Try<Either<Rejection, TermsDocument>> uploaded = files.read(file.fileId(),
                content -> how.apply(new UploadTermsDocument.Upload(content, file.fileName(), file.contentType())));
        if (uploaded.isFailure()) {
            log.warn("a terms file could not be fetched from telegram chat={}: {}", conversation.chatId(), uploaded.getCause().toString());
            desk.say(conversation, conversation.text("documents.fetch-failed"));
            return;
        }
        uploaded.get().fold(
                refused -> {
                    desk.say(conversation, Rejections.text(conversation, refused)); // the question stays
                    return null;
                },
                stored -> {
                    desk.dialogues.clear(conversation.chatId());
                    log.info("terms document uploaded id={} version={} by={}", stored.id().value(), stored.current().number(), stored.provider());
                    entry(conversation, stored.id()).peek(entry -> desk.send(conversation,
                            detail(conversation, entry, conversation.text(doneKey, stored.title(), stored.current().number()) + "\n\n")));
                    return null;
                });
    }

    private Either<Rejection, Screen> terms(Conversation conversation) {
        AccountId me = conversation.account().id();
        return desk.core.listTerms().forProvider(me, me).map(all -> {
            String text = all.isEmpty() ? conversation.text("terms-desk.none")
                    : conversation.text("terms-desk.heading") + "\n\n" + Desk.lines(conversation, all, entry -> summary(conversation, entry));
            List<InlineKeyboardButton> documents = all.take(DOCUMENT_BUTTONS).zipWithIndex().map(pair -> Keyboards.button(
                    (pair._2 + 1) + ". " + pair._1.document().title(), CallbackData.of(OPEN, pair._1.document().id().value())));
            return new Screen(text, Keyboards.grid(documents.append(button(conversation, "terms-desk.add", ADD))
                    .append(button(conversation, "dashboard.back", Dashboard.MENU)), 1));
        });
    }

    private static String summary(Conversation conversation, ProviderTerms entry) {
        TermsDocument document = entry.document();
        return conversation.text("terms-desk.line", document.title(), document.current().number(),
                conversation.text(document.consentRequired() ? "terms-desk.required" : "terms-desk.not-required"),
                signedCurrent(entry).size());
    }

    /** The clients whose consent to the version in force stands. */
    private static List<Signature> signedCurrent(ProviderTerms entry) {
        return entry.consents().filter(s -> s.consent().active() && s.consent().version() == entry.document().current().number());
    }

    private Option<ProviderTerms> entry(Conversation conversation, TermsDocumentId id) {
        AccountId me = conversation.account().id();
        return desk.core.listTerms().forProvider(me, me).toOption().flatMap(all -> all.find(entry -> entry.document().id().equals(id)));
    }

    private Screen detail(Conversation conversation, ProviderTerms entry, String before) {
        TermsDocument document = entry.document();
        Object id = document.id().value();
        String signatures = entry.consents().isEmpty() ? conversation.text("terms-desk.no-signatures")
                : conversation.text("terms-desk.signatures") + "\n" + Desk.lines(conversation, entry.consents(), s -> signature(conversation, s));
        String text = before + conversation.text("terms-desk.document", document.title(), document.current().number(),
                document.current().fileName(), conversation.formats().dateTime(document.current().uploadedAt()),
                conversation.text(document.consentRequired() ? "terms-desk.required" : "terms-desk.not-required")) + "\n\n" + signatures;
        return new Screen(text, Keyboards.grid(List.of(
                document.consentRequired()
                        ? button(conversation, "terms-desk.make-optional", CONSENT, id, "0")
                        : button(conversation, "terms-desk.make-required", CONSENT, id, "1"),
                button(conversation, "terms-desk.upload-version", NEW_VERSION, id),
                button(conversation, "terms-desk.back", SHOW)), 1));
    }

    private static String signature(Conversation conversation, Signature signature) {
        String signed = conversation.text("terms-desk.signed", signature.client().displayName(), signature.consent().version(),
                conversation.formats().dateTime(signature.consent().signedAt()));
        return signature.consent().withdrawnAt()
                .map(at -> signed + " " + conversation.text("terms-desk.withdrawn", conversation.formats().dateTime(at)))
                .getOrElse(signed);
    }

    private static Screen question(Conversation conversation, String text) {
        return new Screen(text, Keyboards.grid(List.of(button(conversation, "terms-desk.back", SHOW)), 1));
    }

    private long megabytes() {
        return desk.core.ports().documents().sizeLimit() / (1024 * 1024);
    }
}
