package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.application.profile.DesignProfile;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Theme;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Профиль}: the address of the provider's public page and whether it is published, with
 * {@code Опубликовать} / {@code Скрыть} and a choice of the three themes (the current one marked).
 * Editing the texts here is still to come; the profile use cases take them already.
 */
final class ProfileScreen {

    static final String SHOW = "dq";
    static final String PUBLISH = "dw";
    static final String THEME = "dT";
    static final Set<String> ACTIONS = HashSet.of(SHOW, PUBLISH, THEME);

    private final Desk desk;
    private final DownloadLinks pages;

    ProfileScreen(Desk desk, DownloadLinks pages) {
        this.desk = desk;
        this.pages = pages;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        AccountId me = conversation.account().id();
        String argument = data.arguments().isEmpty() ? "" : data.arguments().get(0);
        Either<Rejection, Profile> profile = switch (data.action()) {
            case PUBLISH -> desk.core.publishProfile().publish(me, argument.equals("1"));
            case THEME -> theme(argument).fold(
                    () -> Either.<Rejection, Profile>left(Rejection.of(Rejection.Reason.INVALID_INPUT)),
                    theme -> desk.core.viewOwnProfile().view(me).flatMap(current -> desk.core.designProfile().design(me,
                            new DesignProfile.Command(theme, current.design().accent().hex(), current.design().sections()))));
            default -> desk.core.viewOwnProfile().view(me);
        };
        return profile.fold(refused -> Desk.refused(conversation, refused), p -> desk.show(conversation, shown, screen(conversation, p)));
    }

    private static io.vavr.control.Option<Theme> theme(String name) {
        return List.of(Theme.values()).find(theme -> theme.name().equals(name));
    }

    private Screen screen(Conversation conversation, Profile profile) {
        Design design = profile.design();
        List<InlineKeyboardButton> themes = List.of(Theme.values()).map(theme -> Keyboards.button(
                (theme == design.theme() ? "✓ " : "") + conversation.text("profile.theme." + theme.name().toLowerCase(Locale.ROOT)),
                CallbackData.of(THEME, theme.name())));
        List<InlineKeyboardButton> publish = List.of(profile.published()
                ? button(conversation, "profile.unpublish", PUBLISH, "0")
                : button(conversation, "profile.publish", PUBLISH, "1"));
        String text = conversation.text(profile.published() ? "profile.published" : "profile.unpublished", pages.profile(profile.slug()));
        return new Screen(text, Keyboards.rows(List.of(publish, themes, List.of(button(conversation, "dashboard.back", Dashboard.MENU)))));
    }
}
