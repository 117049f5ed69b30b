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
 * {@code Документы}: the documents one client and one provider share, as either side sees them.
 * The client opens them from the provider card; the provider's side (the provider, or a member
 * specialist of an organization) from the client's card in {@code Клиенты} (D75). Pick, then
 * {@code Скачать} (a 5-minute link each) or {@code Удалить} (own uploads only, after a
 * confirmation); {@code Загрузить} asks for a file or photo and stores it. The provider side's
 * uploads are marked {@code 🟣} on both sides; on the provider's side the client's are marked
 * {@code 🔵}.
 */
public final class SharedDocumentsScreen {

    /** Opens the list; the provider card's {@code Документы} button: {@code dl:<provider>}. */
    public static final String LIST = "dl";
    public static final String TOGGLE = "fx";
    public static final String REFRESH = "fr";
    public static final String DOWNLOAD = "fg";
    public static final String UPLOAD = "fu";
    public static final String DELETE = "fd";
    public static final String CONFIRM_DELETE = "fy";
    /** Opens the provider side's list; the client card's {@code Документы} button: {@code g2:<client>:<provider>}. */
    public static final String OF_CLIENT = "g2";
    public static final String OF_CLIENT_TOGGLE = "g3";
    public static final String OF_CLIENT_REFRESH = "g4";
    public static final String OF_CLIENT_DOWNLOAD = "g5";
    public static final String OF_CLIENT_UPLOAD = "g6";
    public static final String OF_CLIENT_DELETE = "g7";
    public static final String OF_CLIENT_CONFIRM_DELETE = "g8";
    static final Set<String> ACTIONS = HashSet.of(LIST, TOGGLE, REFRESH, DOWNLOAD, UPLOAD, DELETE, CONFIRM_DELETE,
            OF_CLIENT, OF_CLIENT_TOGGLE, OF_CLIENT_REFRESH, OF_CLIENT_DOWNLOAD, OF_CLIENT_UPLOAD, OF_CLIENT_DELETE, OF_CLIENT_CONFIRM_DELETE);

    /** The dialogue steps waiting for a file; the payload names the two parties (see {@link Shared#payload()}). */
    public static final String STEP_PREFIX = "f.";
    static final String AWAIT_FILE = STEP_PREFIX + "upload";
    static final String AWAIT_FILE_OF_CLIENT = STEP_PREFIX + "upload-of-client";

    private static final int LIMIT = 30;
    private static final Logger log = LoggerFactory.getLogger(SharedDocumentsScreen.class);
    private static final DateTimeFormatter PHOTO_NAME = DateTimeFormatter.ofPattern("'photo-'yyyyMMdd-HHmmss'.jpg'").withZone(ZoneOffset.UTC);

    /** One side's action codes, in the order of {@link Op}. */
    private enum Side {
        CLIENT(LIST, TOGGLE, REFRESH, DOWNLOAD, UPLOAD, DELETE, CONFIRM_DELETE),
        PROVIDER(OF_CLIENT, OF_CLIENT_TOGGLE, OF_CLIENT_REFRESH, OF_CLIENT_DOWNLOAD, OF_CLIENT_UPLOAD, OF_CLIENT_DELETE, OF_CLIENT_CONFIRM_DELETE);

        private final List<String> codes;

        Side(String... codes) {
            this.codes = List.of(codes);
        }

        String code(Op op) {
            return codes.get(op.ordinal());
        }

        static Option<Side> of(String action) {
            return List.of(values()).find(side -> side.codes.contains(action));
        }
    }

    private enum Op { LIST, TOGGLE, REFRESH, DOWNLOAD, UPLOAD, DELETE, CONFIRM_DELETE }

    /**
     * The two parties of the screen, and whose side it is shown on. A client's buttons carry the
     * provider only (the client is the one pressing); the provider side's carry the client and
     * the provider, and its document buttons only the document, the parties being read from the
     * message's other buttons (three ids would not fit Telegram's 64 bytes).
     */
    private record Shared(Side side, AccountId client, AccountId provider) {

        CallbackData data(Op op) {
            return side == Side.CLIENT ? CallbackData.of(side.code(op), provider.value())
                    : CallbackData.of(side.code(op), client.value(), provider.value());
        }

        CallbackData toggle(UUID document, boolean picked) {
            String pick = picked ? Picks.PICKED : Picks.NOT_PICKED;
            return side == Side.CLIENT ? CallbackData.of(side.code(Op.TOGGLE), provider.value(), document, pick)
                    : CallbackData.of(side.code(Op.TOGGLE), document, pick);
        }

        /** Where a toggle button carries its document. */
        int documentArgument() {
            return side == Side.CLIENT ? 1 : 0;
        }

        String step() {
            return side == Side.CLIENT ? AWAIT_FILE : AWAIT_FILE_OF_CLIENT;
        }

        String payload() {
            return side == Side.CLIENT ? provider.value().toString() : client.value() + " " + provider.value();
        }

        /** The other party, whose name heads the list. */
        AccountId counterpart() {
            return side == Side.CLIENT ? provider : client;
        }

        String mark(SharedDocument document) {
            return document.uploadedByProvider() ? "🟣 " : side == Side.PROVIDER ? "🔵 " : "";
        }

        static Option<Shared> of(Conversation conversation, Side side, CallbackData data) {
            Option<AccountId> first = data.uuid(0).map(AccountId::new);
            return side == Side.CLIENT
                    ? first.map(provider -> new Shared(side, conversation.account().id(), provider))
                    : first.flatMap(client -> data.uuid(1).map(AccountId::new).map(provider -> new Shared(side, client, provider)));
        }

        /** The parties of a pressed message of the side: from any of its buttons that names them. */
        static Option<Shared> shownOn(Conversation conversation, Side side, Picks shown) {
            return shown.buttons().filter(data -> side.codes.contains(data.action()) && !data.action().equals(side.code(Op.TOGGLE)))
                    .flatMap(data -> of(conversation, side, data)).headOption();
        }

        static Option<Shared> waitingIn(Conversation conversation, State state) {
            List<Option<AccountId>> ids = List.of(state.payload().split(" ", -1))
                    .map(id -> Try.of(() -> new AccountId(UUID.fromString(id))).toOption());
            if (ids.exists(Option::isEmpty)) {
                return Option.none();
            }
            return switch (state.step()) {
                case AWAIT_FILE -> ids.size() == 1 ? Option.some(new Shared(Side.CLIENT, conversation.account().id(), ids.get(0).get()))
                        : Option.none();
                case AWAIT_FILE_OF_CLIENT -> ids.size() == 2 ? Option.some(new Shared(Side.PROVIDER, ids.get(0).get(), ids.get(1).get()))
                        : Option.none();
                default -> Option.none();
            };
        }
    }

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

    /** The client's list of the documents shared with the provider, as a new message. */
    void show(Conversation conversation, AccountId provider) {
        show(conversation, new Shared(Side.CLIENT, conversation.account().id(), provider));
    }

    private void show(Conversation conversation, Shared shared) {
        send(conversation, list(conversation, shared, HashSet.empty(), "").fold(
                refused -> Screen.text(Rejections.text(conversation, refused)), screen -> screen));
    }

    CallbackAnswer press(Conversation conversation, Picks shown, CallbackData data) {
        Option<Side> side = Side.of(data.action());
        if (side.isEmpty()) {
            return stale(conversation);
        }
        Op op = Op.values()[side.get().codes.indexOf(data.action())];
        Option<Shared> parties = side.get() == Side.PROVIDER && op == Op.TOGGLE
                ? Shared.shownOn(conversation, side.get(), shown)
                : Shared.of(conversation, side.get(), data);
        if (parties.isEmpty()) {
            return stale(conversation);
        }
        Shared shared = parties.get();
        List<UUID> picked = shown.picked(side.get().code(Op.TOGGLE))
                .flatMap(d -> d.uuid(shared.documentArgument()));
        return switch (op) {
            case LIST -> {
                show(conversation, shared);
                yield CallbackAnswer.NONE;
            }
            case TOGGLE -> data.uuid(shared.documentArgument()).fold(() -> stale(conversation), pressed -> {
                Set<UUID> now = picked.toSet();
                now = now.contains(pressed) ? now.remove(pressed) : now.add(pressed);
                return replace(conversation, shown, list(conversation, shared, now, ""));
            });
            case REFRESH -> replace(conversation, shown, list(conversation, shared, picked.toSet(), ""));
            case DOWNLOAD -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("documents.pick-first"))
                    : download(conversation, shared, picked);
            case UPLOAD -> askForFile(conversation, shared);
            case DELETE -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("documents.pick-first"))
                    : askToDelete(conversation, shown, shared, picked);
            case CONFIRM_DELETE -> picked.isEmpty() ? stale(conversation) : delete(conversation, shown, shared, picked);
        };
    }

    private Either<Rejection, List<SharedDocument>> documents(Conversation conversation, Shared shared) {
        return core.listSharedDocuments().list(conversation.account().id(), shared.client(), shared.provider());
    }

    private CallbackAnswer download(Conversation conversation, Shared shared, List<UUID> picked) {
        AccountId me = conversation.account().id();
        List<SharedDocument> documents = documents(conversation, shared).getOrElse(List.empty());
        String lines = picked.map(id -> {
            String name = documents.find(d -> d.id().value().equals(id)).map(SharedDocument::fileName).getOrElse("?");
            return core.sharedDocumentDownloadLink().link(me, new SharedDocumentId(id)).fold(
                    refused -> conversation.text("terms.refused", name, Rejections.text(conversation, refused)),
                    link -> conversation.text("documents.link", name, links.of(link)));
        }).mkString("\n\n");
        send(conversation, Screen.text(conversation.text("documents.links-heading") + "\n\n" + lines));
        return CallbackAnswer.NONE;
    }

    private CallbackAnswer askForFile(Conversation conversation, Shared shared) {
        // the same check the upload makes, so nobody is asked for a file that would be refused
        return documents(conversation, shared).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                documents -> {
                    dialogues.await(conversation.chatId(), shared.step(), shared.payload());
                    send(conversation, Screen.text(conversation.text("documents.ask-file", megabytes())));
                    return CallbackAnswer.NONE;
                });
    }

    /** A message while the chat waits for a file: the file is stored, anything else is answered and the question stays. */
    void receive(Conversation conversation, State state, Message message) {
        Option<Shared> parties = Shared.waitingIn(conversation, state);
        if (parties.isEmpty()) {
            dialogues.clear(conversation.chatId());
            send(conversation, Screen.text(conversation.text("input.not-understood")));
            return;
        }
        Shared shared = parties.get();
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
                new UploadSharedDocument.Command(shared.client(), shared.provider(), content, file.fileName(), file.contentType())));
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
                    send(conversation, list(conversation, shared, HashSet.empty(),
                            conversation.text("documents.uploaded", stored.fileName()) + "\n\n")
                            .getOrElse(() -> Screen.text(conversation.text("documents.uploaded", stored.fileName()))));
                    return null;
                });
    }

    private CallbackAnswer askToDelete(Conversation conversation, Picks shown, Shared shared, List<UUID> picked) {
        AccountId me = conversation.account().id();
        return documents(conversation, shared).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                documents -> {
                    List<SharedDocument> chosen = documents.filter(d -> picked.contains(d.id().value()));
                    if (chosen.isEmpty()) {
                        return stale(conversation);
                    }
                    if (chosen.exists(d -> !d.uploadedBy().equals(me))) {
                        return CallbackAnswer.alert(conversation.text(shared.side() == Side.CLIENT ? "documents.only-own" : "documents.only-own-of-client"));
                    }
                    String names = chosen.map(d -> "• " + d.fileName()).mkString("\n");
                    List<List<InlineKeyboardButton>> rows = documentRows(shared, sorted(documents), chosen.map(d -> d.id().value()).toSet())
                            .append(List.of(
                                    Keyboards.button(conversation.text("documents.confirm-delete"), shared.data(Op.CONFIRM_DELETE)),
                                    Keyboards.button(conversation.text("terms.cancel"), shared.data(Op.REFRESH))));
                    return replace(conversation, shown, Either.right(new Screen(conversation.text("documents.delete-question") + "\n\n" + names,
                            Keyboards.rows(rows))));
                });
    }

    private CallbackAnswer delete(Conversation conversation, Picks shown, Shared shared, List<UUID> picked) {
        AccountId me = conversation.account().id();
        String outcomes = picked.map(id -> core.deleteSharedDocument().delete(me, new SharedDocumentId(id)).fold(
                refused -> Rejections.text(conversation, refused),
                deleted -> conversation.text("documents.deleted", deleted.fileName()))).mkString("\n");
        return replace(conversation, shown, list(conversation, shared, HashSet.empty(), outcomes + "\n\n"));
    }

    private Either<Rejection, Screen> list(Conversation conversation, Shared shared, Set<UUID> picked, String before) {
        String name = core.ports().accounts().findById(shared.counterpart()).map(Account::displayName).getOrElse("");
        String heading = shared.side() == Side.CLIENT ? "documents.heading" : "documents.of-client-heading";
        return documents(conversation, shared).map(unsorted -> {
            List<SharedDocument> documents = sorted(unsorted);
            InlineKeyboardButton upload = Keyboards.button(conversation.text("documents.upload"), shared.data(Op.UPLOAD));
            if (documents.isEmpty()) {
                return new Screen(before + conversation.text(shared.side() == Side.CLIENT ? "documents.none" : "documents.of-client-none", name),
                        Keyboards.rows(List.of(List.of(upload))));
            }
            String lines = documents.take(LIMIT).zipWithIndex().map(pair -> (pair._2 + 1) + ". " + shared.mark(pair._1) + pair._1.fileName()
                    + " · " + size(conversation, pair._1.size()) + " · " + conversation.formats().date(pair._1.uploadedAt())).mkString("\n");
            if (documents.size() > LIMIT) {
                lines += "\n" + conversation.text("list.more", documents.size() - LIMIT);
            }
            List<List<InlineKeyboardButton>> rows = documentRows(shared, documents, picked).append(List.of(
                    Keyboards.button(conversation.text("documents.download"), shared.data(Op.DOWNLOAD)),
                    upload,
                    Keyboards.button(conversation.text("documents.delete"), shared.data(Op.DELETE))));
            return new Screen(before + conversation.text(heading, name) + "\n\n" + lines + "\n\n"
                    + conversation.text(shared.side() == Side.CLIENT ? "documents.hint" : "documents.of-client-hint"), Keyboards.rows(rows));
        });
    }

    private static List<SharedDocument> sorted(List<SharedDocument> shared) {
        return shared.sorted(Comparator.comparing(SharedDocument::uploadedAt)); // stable: ties keep the repository's order
    }

    private static List<List<InlineKeyboardButton>> documentRows(Shared shared, List<SharedDocument> documents, Set<UUID> picked) {
        return documents.take(LIMIT).zipWithIndex().map(pair -> {
            UUID id = pair._1.id().value();
            boolean on = picked.contains(id);
            return List.of(Keyboards.button(Picks.label((on ? "✅ " : "") + (pair._2 + 1) + ". " + shared.mark(pair._1) + pair._1.fileName()),
                    shared.toggle(id, on)));
        });
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
