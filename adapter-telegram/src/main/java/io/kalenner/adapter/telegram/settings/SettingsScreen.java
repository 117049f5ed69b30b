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
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.application.BookingCore;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.time.TimeSetting;
import io.kalenner.domain.time.UtcOffsets;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Настройки}: shows the current time setting and language; {@code Часовой пояс} offers
 * every offset in real use as a {@code UTC+03:00} button, with example cities and the local time
 * it gives right now so the user can check it against their clock, and two more ways: a region
 * zone (a button of a short list, or its IANA id typed) whose daylight saving is then followed,
 * and the local time typed ({@code 14:35}), from which the offset is worked out and shown back for
 * confirmation. {@code Язык} switches between Русский and English and brings the main menu back
 * in the new language.
 */
public final class SettingsScreen {

    public static final String TIME_ZONES = "sz";
    public static final String SET_OFFSET = "so";
    public static final String LANGUAGES = "sl";
    public static final String SET_LANGUAGE = "sL";
    /** The region zones screen; the chat then also waits for a typed zone id. */
    public static final String REGIONS = "sR";
    /** A region zone's button: its IANA id. */
    public static final String SET_REGION = "sr";
    /** {@code Ввести местное время}: the chat waits for the clock time. */
    public static final String TYPE_TIME = "st";
    /** A worked-out offset confirmed: its seconds in base 36, as {@link #SET_OFFSET}, but any quarter hour in range. */
    public static final String CONFIRM_OFFSET = "sc";
    /** Back to the overview. */
    public static final String OVERVIEW = "ss";

    /** The dialogue steps of this package: a zone id, or the clock time, is awaited. */
    public static final String STEP_PREFIX = "s.";
    static final String ZONE_STEP = "s.zone";
    static final String CLOCK_STEP = "s.clock";

    /** Common region zones, west to east; any other IANA id may be typed. */
    static final List<String> COMMON_REGIONS = List.of(
            "America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Europe/Kaliningrad",
            "Europe/Kyiv", "Europe/Moscow", "Europe/Istanbul", "Asia/Tbilisi", "Asia/Yerevan", "Europe/Samara", "Asia/Dubai",
            "Asia/Yekaterinburg", "Asia/Tashkent", "Asia/Almaty", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk",
            "Asia/Vladivostok", "Australia/Sydney", "Pacific/Auckland");

    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:.\\s]([0-5]\\d)");

    private final BookingCore core;
    private final Outgoing outgoing;
    private final StartCommand start;
    private final Clock clock;
    private final Dialogues dialogues;

    public SettingsScreen(BookingCore core, Outgoing outgoing, StartCommand start, Clock clock, Dialogues dialogues) {
        this.core = core;
        this.outgoing = outgoing;
        this.start = start;
        this.clock = clock;
        this.dialogues = dialogues;
    }

    public void show(Conversation conversation) {
        outgoing.call(overview(conversation).sendTo(conversation.chatId()));
    }

    /** The time-zone choice as a new message: the registration dialogue ends on it when asked to. */
    public void showTimeZones(Conversation conversation) {
        outgoing.call(offsets(conversation, clock.instant()).sendTo(conversation.chatId()));
    }

    /** A time setting as Settings shows it: {@code UTC+03:00}, or a region with its offset now. */
    public String label(TimeSetting setting) {
        return settingLabel(setting, clock.instant());
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Instant now = clock.instant();
        if (!data.action().equals(REGIONS) && !data.action().equals(TYPE_TIME)) {
            dialogues.clear(conversation.chatId()); // another button: a zone id or clock time is no longer awaited
        }
        return switch (data.action()) {
            case OVERVIEW -> replace(conversation, messageId, overview(conversation));
            case TIME_ZONES -> replace(conversation, messageId, offsets(conversation, now));
            case LANGUAGES -> replace(conversation, messageId, languages(conversation));
            case REGIONS -> {
                dialogues.await(conversation.chatId(), ZONE_STEP, "");
                yield replace(conversation, messageId, regions(conversation, now));
            }
            case TYPE_TIME -> {
                dialogues.await(conversation.chatId(), CLOCK_STEP, "");
                yield replace(conversation, messageId, new Screen(conversation.text("settings.ask-time"), backToOffsets(conversation)));
            }
            case SET_OFFSET -> offsetArgument(data)
                    .filter(UtcOffsets.IN_USE::contains)
                    .map(offset -> set(conversation, Option.some(messageId), new TimeSetting.FixedOffset(offset), now))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            case CONFIRM_OFFSET -> offsetArgument(data)
                    .map(offset -> TimeSetting.fixed(offset).fold(
                            refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                            setting -> set(conversation, Option.some(messageId), setting, now)))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            case SET_REGION -> data.arguments().headOption()
                    .map(id -> TimeSetting.region(id).fold(
                            refused -> CallbackAnswer.toast(conversation.text("button.stale")),
                            setting -> set(conversation, Option.some(messageId), setting, now)))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            case SET_LANGUAGE -> data.arguments().headOption()
                    .flatMap(code -> List.of(Language.values()).find(language -> language.name().equals(code)))
                    .map(language -> setLanguage(conversation, messageId, language))
                    .getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
            default -> CallbackAnswer.toast(conversation.text("button.stale"));
        };
    }

    /**
     * A message while one of this package's steps waits: a typed zone id is set at once (typing it
     * is the choice), a typed clock time is worked out into offsets shown back for confirmation.
     * Anything else is asked again; the setting stays as it was.
     */
    public void reply(Conversation conversation, State state, String text) {
        Instant now = clock.instant();
        if (state.step().equals(ZONE_STEP)) {
            if (text.isEmpty()) {
                say(conversation, Rejections.text(conversation, Rejection.of(Rejection.Reason.UNKNOWN_TIME_ZONE)));
                return;
            }
            TimeSetting.region(text).fold(
                    refused -> {
                        say(conversation, Rejections.text(conversation, refused));
                        return null;
                    },
                    setting -> {
                        dialogues.clear(conversation.chatId());
                        set(conversation, Option.none(), setting, now);
                        return null;
                    });
        } else if (state.step().equals(CLOCK_STEP)) {
            Option<LocalTime> typed = clockTime(text);
            if (typed.isEmpty()) {
                say(conversation, conversation.text("settings.time-not-understood"));
                return;
            }
            dialogues.clear(conversation.chatId());
            outgoing.call(confirmation(conversation, typed.get(), now).sendTo(conversation.chatId()));
        } else {
            dialogues.clear(conversation.chatId());
            start.showMenu(conversation, conversation.text("input.not-understood"));
        }
    }

    /** {@code 14:35}, {@code 9.05} or {@code 14 35}: the clock time typed, if it is one. */
    static Option<LocalTime> clockTime(String text) {
        Matcher matcher = CLOCK.matcher(text.strip());
        return matcher.matches()
                ? Option.some(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Option.none();
    }

    private Screen confirmation(Conversation conversation, LocalTime typed, Instant now) {
        List<TimeSetting> candidates = TimeSetting.offsetsShowing(typed, now);
        String clockText = String.format("%02d:%02d", typed.getHour(), typed.getMinute());
        List<org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton> choices = candidates.map(setting -> {
            ZoneOffset offset = ((TimeSetting.FixedOffset) setting).offset();
            var local = new io.kalenner.adapter.telegram.i18n.Formats(conversation.texts(), setting);
            return button(conversation.text("settings.offset-choice", UtcOffsets.label(offset), local.dateTime(now)),
                    CallbackData.of(CONFIRM_OFFSET, Integer.toString(offset.getTotalSeconds(), 36)));
        });
        String text = candidates.size() == 1
                ? conversation.text("settings.confirm-offset", clockText, UtcOffsets.label(((TimeSetting.FixedOffset) candidates.head()).offset()))
                : conversation.text("settings.confirm-offsets", clockText);
        return new Screen(text, Keyboards.rows(choices.map(List::of)
                .append(List.of(button(conversation.text("settings.type-time"), CallbackData.of(TYPE_TIME)),
                        button(conversation.text("settings.back-to-offsets"), CallbackData.of(TIME_ZONES))))));
    }

    /** Records the setting, shows the overview (in place of the message pressed, or as a new one) and says what the clock shows now. */
    private CallbackAnswer set(Conversation conversation, Option<Integer> messageId, TimeSetting setting, Instant now) {
        return core.changeSettings().setTimeSetting(conversation.account().id(), setting).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                changed -> {
                    Conversation updated = Conversation.of(changed, conversation.chatId());
                    Screen overview = overview(updated);
                    String done = updated.text(setting instanceof TimeSetting.FixedOffset ? "settings.offset-set" : "settings.region-set",
                            settingLabel(setting, now), updated.formats().time(now));
                    if (messageId.isDefined()) {
                        outgoing.call(overview.replace(updated.chatId(), messageId.get()));
                        return CallbackAnswer.toast(done);
                    }
                    outgoing.call(new Screen(done + "\n\n" + overview.text(), overview.keyboard()).sendTo(updated.chatId()));
                    return CallbackAnswer.NONE;
                });
    }

    private static Option<ZoneOffset> offsetArgument(CallbackData data) {
        return data.arguments().headOption()
                .flatMap(code -> Try.of(() -> ZoneOffset.ofTotalSeconds(Integer.parseInt(code, 36))).toOption());
    }

    private void say(Conversation conversation, String text) {
        outgoing.call(new Screen(text, backToOffsets(conversation)).sendTo(conversation.chatId()));
    }

    private static org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup backToOffsets(Conversation conversation) {
        return Keyboards.grid(List.of(button(conversation.text("settings.back-to-offsets"), CallbackData.of(TIME_ZONES))), 1);
    }

    private Screen regions(Conversation conversation, Instant now) {
        return new Screen(conversation.text("settings.choose-region"), Keyboards.rows(COMMON_REGIONS
                .map(id -> button(conversation.text("settings.region-button", id,
                        UtcOffsets.label(java.time.ZoneId.of(id).getRules().getOffset(now))), CallbackData.of(SET_REGION, id)))
                .grouped(2).toList()
                .append(List.of(button(conversation.text("settings.back-to-offsets"), CallbackData.of(TIME_ZONES))))));
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
        return new Screen(conversation.text("settings.choose-offset", lines), Keyboards.rows(UtcOffsets.IN_USE.map(offset -> button(
                UtcOffsets.label(offset), CallbackData.of(SET_OFFSET, Integer.toString(offset.getTotalSeconds(), 36)))).grouped(3).toList()
                .append(List.of(button(conversation.text("settings.regions"), CallbackData.of(REGIONS)),
                        button(conversation.text("settings.type-time"), CallbackData.of(TYPE_TIME))))
                .append(List.of(button(conversation.text("settings.back"), CallbackData.of(OVERVIEW))))));
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
