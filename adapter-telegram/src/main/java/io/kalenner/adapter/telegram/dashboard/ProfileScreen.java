package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.SharedDocumentsScreen.Incoming;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.profile.DesignProfile;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.application.profile.EditProfile.Field;
import io.kalenner.application.profile.UploadProfilePicture;
import io.kalenner.application.profile.UploadProfilePicture.Target;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Contacts;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Theme;
import io.kalenner.domain.profile.WebLink;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Профиль}: the address of the provider's public page and whether it is published, with
 * {@code Опубликовать} / {@code Скрыть}, the three themes (the current one marked) and what the
 * page holds. A text field's button asks for it, one question at a time: an answer is saved and
 * the next field is asked, {@code Пропустить} goes on to the next without a change,
 * {@code Очистить} empties the field (D46). {@code Цвет} asks for {@code #rrggbb}; {@code Разделы}
 * shows, hides and orders the page's sections; {@code Фото} and {@code Галерея} take a photo or an
 * image file. A refused answer is answered with the refusal and the question stays.
 */
final class ProfileScreen {

    static final String SHOW = "dq";
    static final String PUBLISH = "dw";
    static final String THEME = "dT"; // not "dy": that is the working hours' Добавить исключение
    static final String ASK_FIELD = "dF";
    static final String SKIP_FIELD = "dK";
    static final String CLEAR_FIELD = "dX";
    static final String ASK_ACCENT = "dU";
    static final String SECTIONS = "dV";
    static final String TOGGLE_SECTION = "dW";
    static final String MOVE_SECTION = "dO";
    static final String ASK_PICTURE = "dG";
    static final Set<String> ACTIONS = HashSet.of(SHOW, PUBLISH, THEME, ASK_FIELD, SKIP_FIELD, CLEAR_FIELD, ASK_ACCENT, SECTIONS,
            TOGGLE_SECTION, MOVE_SECTION, ASK_PICTURE);

    static final String STEP_PREFIX = "d.profile.";
    /** Its payload is the field's name. */
    private static final String FIELD_STEP = STEP_PREFIX + "field";
    private static final String ACCENT_STEP = STEP_PREFIX + "accent";
    /** Its payload is the target's name: the photo or the gallery. */
    static final String PICTURE_STEP = STEP_PREFIX + "picture";

    /** The fields asked in turn; the slug is the page's address, not asked here. */
    private static final List<Field> FIELDS = List.of(Field.values()).remove(Field.SLUG);
    /** How much of a field's current value a question or the summary quotes. */
    private static final int QUOTE_LIMIT = 1000;
    private static final int SUMMARY_LIMIT = 40;
    private static final Logger log = LoggerFactory.getLogger(ProfileScreen.class);

    private final Desk desk;
    private final DownloadLinks pages;
    private final TelegramFiles files;

    ProfileScreen(Desk desk, DownloadLinks pages, TelegramFiles files) {
        this.desk = desk;
        this.pages = pages;
        this.files = files;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        AccountId me = conversation.account().id();
        String argument = data.arguments().isEmpty() ? "" : data.arguments().get(0);
        return switch (data.action()) {
            case ASK_FIELD -> named(Field.class, argument).filter(FIELDS::contains).fold(() -> Desk.stale(conversation),
                    field -> profile(me).fold(refused -> Desk.refused(conversation, refused),
                            p -> desk.show(conversation, shown, ask(conversation, p, field, ""))));
            case SKIP_FIELD -> named(Field.class, argument).filter(FIELDS::contains).fold(() -> Desk.stale(conversation),
                    field -> profile(me).fold(refused -> Desk.refused(conversation, refused),
                            p -> desk.show(conversation, shown, next(conversation, p, field, ""))));
            case CLEAR_FIELD -> named(Field.class, argument).filter(FIELDS::contains).fold(() -> Desk.stale(conversation),
                    field -> desk.core.editProfile().edit(me, new EditProfile.Command(field, "")).fold(
                            refused -> Desk.refused(conversation, refused),
                            p -> desk.show(conversation, shown, next(conversation, p, field, conversation.text("profile.cleared") + "\n\n"))));
            case ASK_ACCENT -> profile(me).fold(refused -> Desk.refused(conversation, refused), p -> {
                desk.dialogues.await(conversation.chatId(), ACCENT_STEP, "");
                return desk.show(conversation, shown, question(conversation, conversation.text("profile.ask.accent", p.design().accent().hex())));
            });
            case ASK_PICTURE -> named(Target.class, argument).fold(() -> Desk.stale(conversation),
                    target -> profile(me).fold(refused -> Desk.refused(conversation, refused), p -> {
                        desk.dialogues.await(conversation.chatId(), PICTURE_STEP, target.name());
                        return desk.show(conversation, shown, question(conversation, conversation.text(
                                "profile.ask." + target.name().toLowerCase(Locale.ROOT), UploadProfilePicture.SIZE_LIMIT / (1024 * 1024))));
                    }));
            case SECTIONS -> profile(me).fold(refused -> Desk.refused(conversation, refused),
                    p -> desk.show(conversation, shown, sections(conversation, p.design())));
            case TOGGLE_SECTION, MOVE_SECTION -> named(Section.class, argument).fold(() -> Desk.stale(conversation),
                    section -> arrange(conversation, shown, data, section));
            case PUBLISH -> shown(conversation, shown, desk.core.publishProfile().publish(me, argument.equals("1")));
            case THEME -> named(Theme.class, argument).fold(() -> Desk.stale(conversation),
                    theme -> shown(conversation, shown, redesign(me, design -> new DesignProfile.Command(theme, design.accent().hex(),
                            design.sections()))));
            default -> shown(conversation, shown, profile(me));
        };
    }

    /** A typed answer to a field's or the colour's question, or a message while a picture is awaited. */
    void reply(Conversation conversation, State state, Message message) {
        AccountId me = conversation.account().id();
        String text = Option.of(message.getText()).map(String::strip).getOrElse("");
        if (state.step().equals(PICTURE_STEP)) {
            named(Target.class, state.payload()).fold(() -> forget(conversation), target -> {
                receive(conversation, target, message);
                return null;
            });
        } else if (text.isEmpty()) {
            desk.say(conversation, conversation.text("profile.not-text")); // the question stays
        } else if (state.step().equals(ACCENT_STEP)) {
            answered(conversation, redesign(me, design -> new DesignProfile.Command(design.theme(), text, design.sections())),
                    p -> profileScreen(conversation, p, conversation.text("profile.saved") + "\n\n"));
        } else {
            named(Field.class, state.payload()).filter(FIELDS::contains).fold(() -> forget(conversation), field -> {
                answered(conversation, desk.core.editProfile().edit(me, new EditProfile.Command(field, text)),
                        p -> next(conversation, p, field, conversation.text("profile.saved") + "\n\n"));
                return null;
            });
        }
    }

    private Void forget(Conversation conversation) {
        log.info("profile dialogue with an unknown payload dropped chat={}", conversation.chatId());
        desk.dialogues.clear(conversation.chatId());
        desk.say(conversation, conversation.text("input.not-understood"));
        return null;
    }

    /** A refusal keeps the question; a saved answer ends it, unless what comes next asks another. */
    private void answered(Conversation conversation, Either<Rejection, Profile> outcome, Function<Profile, Screen> then) {
        outcome.fold(
                refused -> {
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                p -> {
                    log.info("profile edited by={}", p.provider());
                    desk.dialogues.clear(conversation.chatId());
                    desk.send(conversation, then.apply(p));
                    return null;
                });
    }

    private void receive(Conversation conversation, Target target, Message message) {
        Option<Incoming> incoming = Incoming.of(message);
        if (incoming.isEmpty()) {
            desk.say(conversation, conversation.text("profile.not-a-picture"));
            return;
        }
        if (incoming.get().size() > UploadProfilePicture.SIZE_LIMIT) {
            desk.say(conversation, Rejections.text(conversation, Rejection.of(Rejection.Reason.FILE_TOO_LARGE, UploadProfilePicture.SIZE_LIMIT)));
            return;
        }
        AccountId me = conversation.account().id();
        Try<Either<Rejection, Profile>> uploaded = files.read(incoming.get().fileId(), content -> desk.core.uploadProfilePicture().upload(me,
                new UploadProfilePicture.Command(target, content, incoming.get().fileName())));
        if (uploaded.isFailure()) {
            log.warn("a picture could not be fetched from telegram chat={}: {}", conversation.chatId(), uploaded.getCause().toString());
            desk.say(conversation, conversation.text("documents.fetch-failed"));
            return;
        }
        if (target == Target.GALLERY) {
            // the gallery keeps taking pictures (an album comes as several messages) until Готово
            uploaded.get().fold(
                    refused -> {
                        desk.say(conversation, Rejections.text(conversation, refused));
                        return null;
                    },
                    p -> {
                        desk.send(conversation, new Screen(conversation.text("profile.gallery-added", p.gallery().size(), Profile.MAX_GALLERY_SIZE),
                                Keyboards.grid(List.of(button(conversation, "profile.done", SHOW)), 1)));
                        return null;
                    });
        } else {
            answered(conversation, uploaded.get(), p -> profileScreen(conversation, p, conversation.text("profile.photo-saved") + "\n\n"));
        }
    }

    private Either<Rejection, Profile> profile(AccountId me) {
        return desk.core.viewOwnProfile().view(me);
    }

    private Either<Rejection, Profile> redesign(AccountId me, Function<Design, DesignProfile.Command> change) {
        return profile(me).flatMap(current -> desk.core.designProfile().design(me, change.apply(current.design())));
    }

    private CallbackAnswer shown(Conversation conversation, Shown shown, Either<Rejection, Profile> profile) {
        return profile.fold(refused -> Desk.refused(conversation, refused), p -> desk.show(conversation, shown, profileScreen(conversation, p, "")));
    }

    /** Shows, hides or moves one section; a move past either end, or of a hidden section, changes nothing. */
    private CallbackAnswer arrange(Conversation conversation, Shown shown, CallbackData data, Section section) {
        String how = data.arguments().size() > 1 ? data.arguments().get(1) : "";
        AccountId me = conversation.account().id();
        Either<Rejection, Profile> outcome = redesign(me, design -> {
            List<Section> now = design.sections();
            List<Section> wanted = switch (data.action() + how) {
                case TOGGLE_SECTION + "1" -> now.contains(section) ? now : now.append(section);
                case TOGGLE_SECTION + "0" -> now.remove(section);
                case MOVE_SECTION + "u" -> moved(now, section, -1);
                case MOVE_SECTION + "d" -> moved(now, section, 1);
                default -> now;
            };
            return new DesignProfile.Command(design.theme(), design.accent().hex(), wanted);
        });
        return outcome.fold(refused -> Desk.refused(conversation, refused), p -> desk.show(conversation, shown, sections(conversation, p.design())));
    }

    private static List<Section> moved(List<Section> sections, Section section, int by) {
        int at = sections.indexOf(section);
        int to = at + by;
        return at < 0 || to < 0 || to >= sections.size() ? sections : sections.removeAt(at).insert(to, section);
    }

    private Screen sections(Conversation conversation, Design design) {
        List<Section> shown = design.sections();
        List<List<InlineKeyboardButton>> rows = shown.zipWithIndex().map(pair -> {
            List<InlineKeyboardButton> row = List.of(Keyboards.button("✓ " + sectionName(conversation, pair._1),
                    CallbackData.of(TOGGLE_SECTION, pair._1.name(), "0")));
            row = pair._2 > 0 ? row.append(Keyboards.button("↑", CallbackData.of(MOVE_SECTION, pair._1.name(), "u"))) : row;
            return pair._2 < shown.size() - 1 ? row.append(Keyboards.button("↓", CallbackData.of(MOVE_SECTION, pair._1.name(), "d"))) : row;
        });
        rows = rows.appendAll(List.of(Section.values()).removeAll(shown).map(hidden -> List.of(Keyboards.button(
                sectionName(conversation, hidden), CallbackData.of(TOGGLE_SECTION, hidden.name(), "1")))));
        return new Screen(conversation.text("profile.sections"), Keyboards.rows(rows.append(List.of(button(conversation, "profile.back", SHOW)))));
    }

    /** The field's question, the chat now waiting for it. */
    private Screen ask(Conversation conversation, Profile profile, Field field, String before) {
        desk.dialogues.await(conversation.chatId(), FIELD_STEP, field.name());
        String value = value(profile, field);
        String now = value.isEmpty() ? conversation.text("profile.empty") : quote(value, QUOTE_LIMIT);
        return new Screen(before + conversation.text("profile.ask." + key(field)) + "\n\n" + conversation.text("profile.now", now),
                Keyboards.rows(List.of(
                        List.of(button(conversation, "profile.skip", SKIP_FIELD, field.name()),
                                button(conversation, "profile.clear", CLEAR_FIELD, field.name())),
                        List.of(button(conversation, "profile.back", SHOW)))));
    }

    /** The question after this field's, or the profile once the last field is behind. */
    private Screen next(Conversation conversation, Profile profile, Field field, String before) {
        Option<Field> following = FIELDS.dropUntil(field::equals).drop(1).headOption();
        return following.fold(() -> profileScreen(conversation, profile, before), f -> ask(conversation, profile, f, before));
    }

    private static Screen question(Conversation conversation, String text) {
        return new Screen(text, Keyboards.grid(List.of(button(conversation, "profile.back", SHOW)), 1));
    }

    private Screen profileScreen(Conversation conversation, Profile profile, String before) {
        Design design = profile.design();
        List<InlineKeyboardButton> themes = List.of(Theme.values()).map(theme -> Keyboards.button(
                (theme == design.theme() ? "✓ " : "") + conversation.text("profile.theme." + theme.name().toLowerCase(Locale.ROOT)),
                CallbackData.of(THEME, theme.name())));
        List<InlineKeyboardButton> publish = List.of(profile.published()
                ? button(conversation, "profile.unpublish", PUBLISH, "0")
                : button(conversation, "profile.publish", PUBLISH, "1"));
        List<InlineKeyboardButton> fields = FIELDS.map(field -> button(conversation, "profile.field." + key(field), ASK_FIELD, field.name()));
        String summary = FIELDS.map(field -> conversation.text("profile.line", conversation.text("profile.field." + key(field)),
                value(profile, field).isEmpty() ? conversation.text("profile.empty") : quote(value(profile, field), SUMMARY_LIMIT)))
                .append(conversation.text("profile.line", conversation.text("profile.accent"), design.accent().hex()))
                .append(conversation.text("profile.line", conversation.text("profile.sections-shown"),
                        design.sections().isEmpty() ? conversation.text("profile.empty") : design.sections().map(s -> sectionName(conversation, s)).mkString(", ")))
                .append(conversation.text("profile.line", conversation.text("profile.photo"),
                        conversation.text(profile.photo().isDefined() ? "profile.photo.set" : "profile.empty")))
                .append(conversation.text("profile.line", conversation.text("profile.gallery"),
                        conversation.text("profile.gallery.count", profile.gallery().size(), Profile.MAX_GALLERY_SIZE)))
                .mkString("\n");
        String text = before + conversation.text(profile.published() ? "profile.published" : "profile.unpublished", pages.profile(profile.slug()))
                + "\n\n" + summary;
        return new Screen(text, Keyboards.rows(List.of(publish, themes).appendAll(fields.grouped(3).map(List::ofAll))
                .append(List.of(button(conversation, "profile.accent", ASK_ACCENT), button(conversation, "profile.sections-button", SECTIONS)))
                .append(List.of(button(conversation, "profile.photo", ASK_PICTURE, Target.PHOTO.name()),
                        button(conversation, "profile.gallery", ASK_PICTURE, Target.GALLERY.name())))
                .append(List.of(button(conversation, "dashboard.back", Dashboard.MENU)))));
    }

    private static String value(Profile profile, Field field) {
        Contacts contacts = profile.contacts();
        return switch (field) {
            case ABOUT -> profile.about();
            case EXPERIENCE -> profile.experience();
            case EDUCATION -> profile.education();
            case WEBSITE -> contacts.website().map(WebLink::url).getOrElse("");
            case EMAIL -> contacts.email().getOrElse("");
            case PHONE -> contacts.phone().getOrElse("");
            case ADDRESS -> contacts.address().getOrElse("");
            case SOCIALS -> contacts.socials().map(WebLink::url).mkString("\n");
            case PAYMENT_LINK -> contacts.paymentLink().map(WebLink::url).getOrElse("");
            case SLUG -> profile.slug().toString();
        };
    }

    private static String quote(String value, int limit) {
        String line = limit < QUOTE_LIMIT ? value.replace('\n', ' ') : value;
        return line.length() > limit ? line.substring(0, limit) + "…" : line;
    }

    private static String key(Field field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    private static String sectionName(Conversation conversation, Section section) {
        return conversation.text("profile.section." + section.name().toLowerCase(Locale.ROOT));
    }

    /** The constant of that name; a forged or stale button's argument is none. */
    private static <E extends Enum<E>> Option<E> named(Class<E> type, String name) {
        return List.of(type.getEnumConstants()).find(constant -> constant.name().equals(name));
    }
}
