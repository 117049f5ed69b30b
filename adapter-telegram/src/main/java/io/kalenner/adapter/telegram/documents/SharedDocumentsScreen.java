package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Документы}: the documents shared between the client and one provider, the provider's
 * marked {@code 🟣}; pick, then {@code Скачать} (a 5-minute link each) or {@code Удалить} (own
 * uploads only, after a confirmation); {@code Загрузить} asks for a file or photo and stores it.
 */
public final class SharedDocumentsScreen {

    /** Opens the list; the provider card's {@code Документы} button. */
    public static final String LIST = "dl";
    public static final String TOGGLE = "fx";
    public static final String REFRESH = "fr";
    public static final String DOWNLOAD = "fg";
    public static final String UPLOAD = "fu";
    public static final String DELETE = "fd";
    public static final String CONFIRM_DELETE = "fy";
    static final Set<String> ACTIONS = HashSet.of(LIST, TOGGLE, REFRESH, DOWNLOAD, UPLOAD, DELETE, CONFIRM_DELETE);

    /** The dialogue step waiting for a file; its payload is the provider's account id. */
    public static final String STEP_PREFIX = "f.";
    static final String AWAIT_FILE = STEP_PREFIX + "upload";

    private static final int LIMIT = 30;
    private static final Logger log = LoggerFactory.getLogger(SharedDocumentsScreen.class);
    private static final DateTimeFormatter PHOTO_NAME = DateTimeFormatter.ofPattern("'photo-'yyyyMMdd-HHmmss'.jpg'").withZone(ZoneOffset.UTC);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final Dialogues dialogues;
    private final DownloadLinks links;
    private final TelegramFiles files;

    SharedDocumentsScreen(BookingCore core, Outgoing outgoing, Dialogues dialogues, DownloadLinks links, TelegramFiles files) {
        this.core = core;
        this.outgoing = outgoing;
        this.dialogues = dialogues;
        this.links = links;
        this.files = files;
    }

    /** The list as a new message. */
    void show(Conversation conversation, AccountId provider) {
        send(conversation, list(conversation, provider, HashSet.empty(), "").fold(
                refused -> Screen.text(Rejections.text(conversation, refused)), screen -> screen));
    }

    CallbackAnswer press(Conversation conversation, Picks shown, CallbackData data) {
        Option<AccountId> provider = data.uuid(0).map(AccountId::new);
        if (provider.isEmpty()) {
            return stale(conversation);
        }
        List<UUID> picked = shown.picked(TOGGLE).flatMap(d -> d.uuid(1));
        return switch (data.action()) {
            case LIST -> {
                show(conversation, provider.get());
                yield CallbackAnswer.NONE;
            }
            case TOGGLE -> data.uuid(1).fold(() -> stale(conversation), pressed -> {
                Set<UUID> now = picked.toSet();
                now = now.contains(pressed) ? now.remove(pressed) : now.add(pressed);
                return replace(conversation, shown, list(conversation, provider.get(), now, ""));
            });
            case REFRESH -> replace(conversation, shown, list(conversation, provider.get(), picked.toSet(), ""));
            case DOWNLOAD -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("documents.pick-first"))
                    : download(conversation, provider.get(), picked);
            case UPLOAD -> askForFile(conversation, provider.get());
            case DELETE -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("documents.pick-first"))
                    : askToDelete(conversation, shown, provider.get(), picked);
            case CONFIRM_DELETE -> picked.isEmpty() ? stale(conversation) : delete(conversation, shown, provider.get(), picked);
            default -> stale(conversation);
        };
    }

    private CallbackAnswer download(Conversation conversation, AccountId provider, List<UUID> picked) {
        AccountId me = conversation.account().id();
        List<SharedDocument> shared = core.listSharedDocuments().list(me, me, provider).getOrElse(List.empty());
        String lines = picked.map(id -> {
            String name = shared.find(d -> d.id().value().equals(id)).map(SharedDocument::fileName).getOrElse("?");
            return core.sharedDocumentDownloadLink().link(me, new SharedDocumentId(id)).fold(
                    refused -> conversation.text("terms.refused", name, Rejections.text(conversation, refused)),
                    link -> conversation.text("documents.link", name, links.of(link)));
        }).mkString("\n\n");
        send(conversation, Screen.text(conversation.text("documents.links-heading") + "\n\n" + lines));
        return CallbackAnswer.NONE;
    }

    private CallbackAnswer askForFile(Conversation conversation, AccountId provider) {
        AccountId me = conversation.account().id();
        // the same check the upload makes, so nobody is asked for a file that would be refused
        return core.listSharedDocuments().list(me, me, provider).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                shared -> {
                    dialogues.await(conversation.chatId(), AWAIT_FILE, provider.value().toString());
                    send(conversation, Screen.text(conversation.text("documents.ask-file", megabytes())));
                    return CallbackAnswer.NONE;
                });
    }

    /** A message while the chat waits for a file: the file is stored, anything else is answered and the question stays. */
    void receive(Conversation conversation, State state, Message message) {
        Option<AccountId> provider = Try.of(() -> new AccountId(UUID.fromString(state.payload()))).toOption();
        if (provider.isEmpty() || !state.step().equals(AWAIT_FILE)) {
            dialogues.clear(conversation.chatId());
            send(conversation, Screen.text(conversation.text("input.not-understood")));
            return;
        }
        Option<Incoming> incoming = Incoming.of(message);
        if (incoming.isEmpty()) {
            send(conversation, Screen.text(conversation.text("documents.not-a-file", megabytes())));
            return;
        }
        Incoming file = incoming.get();
        long limit = core.ports().documents().sizeLimit();
        if (file.size() > limit) {
            send(conversation, Screen.text(Rejections.text(conversation, DocumentStore.tooLarge(limit)) + "\n"
                    + conversation.text("documents.send-another")));
            return;
        }
        AccountId me = conversation.account().id();
        Try<Either<Rejection, SharedDocument>> uploaded = files.read(file.fileId(), content -> core.uploadSharedDocument().upload(me,
                new UploadSharedDocument.Command(me, provider.get(), content, file.fileName(), file.contentType())));
        if (uploaded.isFailure()) {
            log.warn("a file could not be fetched from telegram chat={}: {}", conversation.chatId(), uploaded.getCause().toString());
            send(conversation, Screen.text(conversation.text("documents.fetch-failed")));
            return;
        }
        uploaded.get().fold(
                refused -> {
                    boolean tryAgain = refused.reason() == Rejection.Reason.FILE_TOO_LARGE || refused.reason() == Rejection.Reason.EMPTY_FILE
                            || refused.reason() == Rejection.Reason.INVALID_INPUT;
                    if (!tryAgain) {
                        dialogues.clear(conversation.chatId());
                    }
                    send(conversation, Screen.text(Rejections.text(conversation, refused)
                            + (tryAgain ? "\n" + conversation.text("documents.send-another") : "")));
                    return null;
                },
                stored -> {
                    dialogues.clear(conversation.chatId());
                    send(conversation, list(conversation, provider.get(), HashSet.empty(),
                            conversation.text("documents.uploaded", stored.fileName()) + "\n\n")
                            .getOrElse(() -> Screen.text(conversation.text("documents.uploaded", stored.fileName()))));
                    return null;
                });
    }

    private CallbackAnswer askToDelete(Conversation conversation, Picks shown, AccountId provider, List<UUID> picked) {
        AccountId me = conversation.account().id();
        return core.listSharedDocuments().list(me, me, provider).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                shared -> {
                    List<SharedDocument> chosen = shared.filter(d -> picked.contains(d.id().value()));
                    if (chosen.isEmpty()) {
                        return stale(conversation);
                    }
                    if (chosen.exists(d -> !d.uploadedBy().equals(me))) {
                        return CallbackAnswer.alert(conversation.text("documents.only-own"));
                    }
                    String names = chosen.map(d -> "• " + d.fileName()).mkString("\n");
                    List<List<InlineKeyboardButton>> rows = documentRows(provider, sorted(shared), chosen.map(d -> d.id().value()).toSet())
                            .append(List.of(
                                    Keyboards.button(conversation.text("documents.confirm-delete"), CallbackData.of(CONFIRM_DELETE, provider.value())),
                                    Keyboards.button(conversation.text("terms.cancel"), CallbackData.of(REFRESH, provider.value()))));
                    return replace(conversation, shown, Either.right(new Screen(conversation.text("documents.delete-question") + "\n\n" + names,
                            Keyboards.rows(rows))));
                });
    }

    private CallbackAnswer delete(Conversation conversation, Picks shown, AccountId provider, List<UUID> picked) {
        AccountId me = conversation.account().id();
        String outcomes = picked.map(id -> core.deleteSharedDocument().delete(me, new SharedDocumentId(id)).fold(
                refused -> Rejections.text(conversation, refused),
                deleted -> conversation.text("documents.deleted", deleted.fileName()))).mkString("\n");
        return replace(conversation, shown, list(conversation, provider, HashSet.empty(), outcomes + "\n\n"));
    }

    private Either<Rejection, Screen> list(Conversation conversation, AccountId provider, Set<UUID> picked, String before) {
        AccountId me = conversation.account().id();
        String name = core.ports().accounts().findById(provider).map(Account::displayName).getOrElse("");
        return core.listSharedDocuments().list(me, me, provider).map(unsorted -> {
            List<SharedDocument> shared = sorted(unsorted);
            InlineKeyboardButton upload = Keyboards.button(conversation.text("documents.upload"), CallbackData.of(UPLOAD, provider.value()));
            if (shared.isEmpty()) {
                return new Screen(before + conversation.text("documents.none", name), Keyboards.rows(List.of(List.of(upload))));
            }
            String lines = shared.take(LIMIT).zipWithIndex().map(pair -> (pair._2 + 1) + ". " + mark(pair._1) + pair._1.fileName()
                    + " · " + size(conversation, pair._1.size()) + " · " + conversation.formats().date(pair._1.uploadedAt())).mkString("\n");
            if (shared.size() > LIMIT) {
                lines += "\n" + conversation.text("list.more", shared.size() - LIMIT);
            }
            List<List<InlineKeyboardButton>> rows = documentRows(provider, shared, picked).append(List.of(
                    Keyboards.button(conversation.text("documents.download"), CallbackData.of(DOWNLOAD, provider.value())),
                    upload,
                    Keyboards.button(conversation.text("documents.delete"), CallbackData.of(DELETE, provider.value()))));
            return new Screen(before + conversation.text("documents.heading", name) + "\n\n" + lines + "\n\n"
                    + conversation.text("documents.hint"), Keyboards.rows(rows));
        });
    }

    private static List<SharedDocument> sorted(List<SharedDocument> shared) {
        return shared.sorted(Comparator.comparing(SharedDocument::uploadedAt)); // stable: ties keep the repository's order
    }

    private static List<List<InlineKeyboardButton>> documentRows(AccountId provider, List<SharedDocument> shared, Set<UUID> picked) {
        return shared.take(LIMIT).zipWithIndex().map(pair -> {
            UUID id = pair._1.id().value();
            boolean on = picked.contains(id);
            return List.of(Keyboards.button(Picks.label((on ? "✅ " : "") + (pair._2 + 1) + ". " + mark(pair._1) + pair._1.fileName()),
                    CallbackData.of(TOGGLE, provider.value(), id, on ? Picks.PICKED : Picks.NOT_PICKED)));
        });
    }

    private static String mark(SharedDocument document) {
        return document.uploadedByProvider() ? "🟣 " : "";
    }

    private static String size(Conversation conversation, long bytes) {
        return bytes < 1024 * 1024
                ? conversation.text("documents.kilobytes", Math.max(1, (bytes + 1023) / 1024))
                : conversation.text("documents.megabytes", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    private long megabytes() {
        return core.ports().documents().sizeLimit() / (1024 * 1024);
    }

    private CallbackAnswer replace(Conversation conversation, Picks shown, Either<Rejection, Screen> screen) {
        return screen.fold(refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)), s -> {
            if (!shown.shows(s)) {
                outgoing.call(s.replace(conversation.chatId(), shown.messageId()));
            }
            return CallbackAnswer.NONE;
        });
    }

    private void send(Conversation conversation, Screen screen) {
        outgoing.call(screen.sendTo(conversation.chatId()));
    }

    private static CallbackAnswer stale(Conversation conversation) {
        return CallbackAnswer.toast(conversation.text("button.stale"));
    }

    /** A document or photo in a message, as getFile will fetch it. */
    public record Incoming(String fileId, String fileName, String contentType, long size) {

        public static Option<Incoming> of(Message message) {
            if (message.hasDocument()) {
                var document = message.getDocument();
                return Option.some(new Incoming(document.getFileId(),
                        Option.of(document.getFileName()).filter(n -> !n.isBlank()).getOrElse("document"),
                        Option.of(document.getMimeType()).filter(t -> !t.isBlank()).getOrElse("application/octet-stream"),
                        Option.of(document.getFileSize()).getOrElse(0L)));
            }
            if (message.hasPhoto()) {
                // the largest size Telegram made of the photo
                PhotoSize largest = List.ofAll(message.getPhoto()).maxBy(Comparator.comparingLong(
                        (PhotoSize p) -> (long) Option.of(p.getWidth()).getOrElse(0) * Option.of(p.getHeight()).getOrElse(0))).get();
                return Option.some(new Incoming(largest.getFileId(),
                        PHOTO_NAME.format(java.time.Instant.ofEpochSecond(Option.of(message.getDate()).getOrElse(0))),
                        "image/jpeg", Option.of(largest.getFileSize()).map(Integer::longValue).getOrElse(0L)));
            }
            return Option.none();
        }
    }
}
