package io.kalenner.adapter.telegram.settings;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.start.StartCommand;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.time.TimeSetting;
import io.kalenner.domain.time.UtcOffsets;
import io.vavr.collection.List;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@code Настройки}: shows the current time setting and language; {@code Часовой пояс} offers
 * every offset in real use as a {@code UTC+03:00} button, with example cities and the local time
 * it gives right now so the user can check it against their clock; {@code Язык} switches between
 * Русский and English and brings the main menu back in the new language.
 */
public final class SettingsScreen {

    public static final String TIME_ZONES = "sz";
    public static final String SET_OFFSET = "so";
    public static final String LANGUAGES = "sl";
    public static final String SET_LANGUAGE = "sL";

    private final BookingCore core;
    private final Outgoing outgoing;
    private final StartCommand start;
    private final Clock clock;

    public SettingsScreen(BookingCore core, Outgoing outgoing, StartCommand start, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.start = start;
        this.clock = clock;
    }

    public void show(Conversation conversation) {
        outgoing.call(overview(conversation).sendTo(conversation.chatId()));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Instant now = clock.instant();
        return switch (data.action()) {
            case TIME_ZONES -> replace(conversation, messageId, offsets(conversation, now));
            case LANGUAGES -> replace(conversation, messageId, languages(conversation));
            case SET_OFFSET -> data.arguments().headOption()
                    .flatMap(code -> Try.of(() -> ZoneOffset.ofTotalSeconds(Integer.parseInt(code, 36))).toOption())
                    .filter(UtcOffsets.IN_USE::contains)
                    .map(offset -> setOffset(conversation, messageId, offset, now))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            case SET_LANGUAGE -> data.arguments().headOption()
                    .flatMap(code -> List.of(Language.values()).find(language -> language.name().equals(code)))
                    .map(language -> setLanguage(conversation, messageId, language))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            default -> CallbackAnswer.toast(conversation.text("button.stale"));
        };
    }

    private CallbackAnswer setOffset(Conversation conversation, int messageId, ZoneOffset offset, Instant now) {
        return core.changeSettings().setTimeSetting(conversation.account().id(), new TimeSetting.FixedOffset(offset)).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                changed -> {
                    Conversation updated = Conversation.of(changed, conversation.chatId());
                    outgoing.call(overview(updated).replace(updated.chatId(), messageId));
                    return CallbackAnswer.toast(updated.text("settings.offset-set", UtcOffsets.label(offset), updated.formats().time(now)));
                });
    }

    private CallbackAnswer setLanguage(Conversation conversation, int messageId, Language language) {
        return core.changeSettings().setLanguage(conversation.account().id(), language).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                changed -> {
                    Conversation updated = Conversation.of(changed, conversation.chatId());
                    outgoing.call(overview(updated).replace(updated.chatId(), messageId));
                    start.showMenu(updated, updated.text("settings.language-set"));
                    return CallbackAnswer.NONE;
                });
    }

    private Screen overview(Conversation conversation) {
        Account account = conversation.account();
        Instant now = clock.instant();
        return new Screen(conversation.text("settings.heading", settingLabel(account.timeSetting(), now),
                conversation.formats().time(now), conversation.text("language.name")),
                Keyboards.grid(List.of(
                        button(conversation.text("settings.time-zone"), CallbackData.of(TIME_ZONES)),
                        button(conversation.text("settings.language"), CallbackData.of(LANGUAGES))), 2));
    }

    private Screen offsets(Conversation conversation, Instant now) {
        String lines = UtcOffsets.IN_USE.map(offset -> conversation.text("settings.offset-line", UtcOffsets.label(offset),
                now.atOffset(offset).toLocalTime().withSecond(0).withNano(0), conversation.text(citiesKey(offset)))).mkString("\n");
        return new Screen(conversation.text("settings.choose-offset", lines), Keyboards.grid(UtcOffsets.IN_USE.map(offset -> button(
                UtcOffsets.label(offset), CallbackData.of(SET_OFFSET, Integer.toString(offset.getTotalSeconds(), 36)))), 3));
    }

    private Screen languages(Conversation conversation) {
        return new Screen(conversation.text("settings.choose-language"), Keyboards.grid(List.of(
                button("Русский", CallbackData.of(SET_LANGUAGE, Language.RU.name())),
                button("English", CallbackData.of(SET_LANGUAGE, Language.EN.name()))), 2));
    }

    private CallbackAnswer replace(Conversation conversation, int messageId, Screen screen) {
        outgoing.call(screen.replace(conversation.chatId(), messageId));
        return CallbackAnswer.NONE;
    }

    private static String settingLabel(TimeSetting setting, Instant now) {
        return setting instanceof TimeSetting.FixedOffset fixed
                ? UtcOffsets.label(fixed.offset())
                : setting.code() + " (" + UtcOffsets.label(setting.zone().getRules().getOffset(now)) + ")";
    }

    /** {@code offset.cities.p0300} for +03:00, {@code offset.cities.m0930} for −09:30. */
    static String citiesKey(ZoneOffset offset) {
        int minutes = Math.abs(offset.getTotalSeconds()) / 60;
        return String.format("offset.cities.%s%02d%02d", offset.getTotalSeconds() < 0 ? "m" : "p", minutes / 60, minutes % 60);
    }
}
