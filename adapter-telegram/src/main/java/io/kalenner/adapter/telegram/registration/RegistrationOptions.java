package io.kalenner.adapter.telegram.registration;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.settings.SettingsScreen;
import io.kalenner.adapter.telegram.start.StartCommand;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Варианты регистрации}: {@code Специалист}, {@code Организация}, {@code О сервисе}. As the
 * FAQ says, there is no Back button ({@code /start} returns), and a second registration of the
 * other kind is refused with the combination rule explained. Pressing a kind registers at once
 * (so the rule is told before any question), then a short dialogue follows: the display name
 * (the Telegram name kept with {@code Пропустить}), what the provider does (the profile's «О себе»,
 * skippable) and the time setting (kept with {@code Пропустить}, or chosen on Settings' own
 * time-zone screen); the main menu with {@code Кабинет} ends it. The typed questions wait in
 * {@link Dialogues}, so a restart resumes them.
 */
public final class RegistrationOptions {

    public static final String REGISTER = "rg";
    public static final String ABOUT = "rab";
    /** {@code Пропустить} on the name or the what-you-do question: answers the question waiting. */
    public static final String SKIP = "rs";
    /** {@code Пропустить} on the time question: the setting stays, the dialogue ends. */
    public static final String KEEP_TIME = "rt";
    /** {@code Часовой пояс} on the time question: the dialogue ends on Settings' time-zone choice. */
    public static final String CHOOSE_TIME = "rz";

    /** The dialogue's steps start so, so the router knows whose answer a typed message is; the payload is the kind. */
    public static final String STEP_PREFIX = "r.";
    private static final String NAME_STEP = "r.name";
    private static final String WHAT_STEP = "r.what";

    private static final Logger log = LoggerFactory.getLogger(RegistrationOptions.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final StartCommand start;
    private final Dialogues dialogues;
    private final SettingsScreen settings;
    private final Clock clock;

    public RegistrationOptions(BookingCore core, Outgoing outgoing, StartCommand start, Dialogues dialogues, SettingsScreen settings,
            Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.start = start;
        this.dialogues = dialogues;
        this.settings = settings;
        this.clock = clock;
    }

    public void show(Conversation conversation) {
        outgoing.call(new Screen(conversation.text("registration.heading"), Keyboards.grid(List.of(
                button(conversation.text("registration.specialist"), CallbackData.of(REGISTER, ProviderKind.SPECIALIST.name())),
                button(conversation.text("registration.organization"), CallbackData.of(REGISTER, ProviderKind.ORGANIZATION.name())),
                button(conversation.text("registration.about"), CallbackData.of(ABOUT))), 2)).sendTo(conversation.chatId()));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        return switch (data.action()) {
            case ABOUT -> {
                outgoing.call(Screen.text(conversation.text("registration.about-text")).sendTo(conversation.chatId()));
                yield CallbackAnswer.NONE;
            }
            case SKIP -> skip(conversation);
            case KEEP_TIME, CHOOSE_TIME -> finish(conversation, data.action().equals(CHOOSE_TIME));
            default -> register(conversation, data);
        };
    }

    private CallbackAnswer register(Conversation conversation, CallbackData data) {
        Option<ProviderKind> kind = data.arguments().headOption()
                .flatMap(code -> List.of(ProviderKind.values()).find(k -> k.name().equals(code)));
        if (kind.isEmpty()) {
            return stale(conversation);
        }
        return core.registerAsProvider().register(conversation.account().id(), new RegisterAsProvider.Command(kind.get(), Option.none())).fold(
                refused -> refused.reason() == Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND
                        ? CallbackAnswer.alert(conversation.text("registration.combination-rule"))
                        : CallbackAnswer.alert(Rejections.text(conversation, refused)),
                provider -> {
                    log.info("registered as provider account={} kind={}", provider.id(), kind.get());
                    dialogues.await(conversation.chatId(), NAME_STEP, kind.get().name());
                    ask(conversation, conversation.text("registration.ask-name", provider.displayName()));
                    return CallbackAnswer.NONE;
                });
    }

    /** {@code Пропустить} answers the question waiting; with none waiting the button is stale. */
    private CallbackAnswer skip(Conversation conversation) {
        Option<State> waiting = dialogues.waiting(conversation.chatId());
        if (waiting.exists(state -> state.step().equals(NAME_STEP))) {
            askWhatTheyDo(conversation, waiting.get());
        } else if (waiting.exists(state -> state.step().equals(WHAT_STEP))) {
            askTime(conversation);
        } else {
            return stale(conversation);
        }
        return CallbackAnswer.NONE;
    }

    /** A typed answer to the name or the what-you-do question; a bad one is told in one line and the question stays. */
    public void reply(Conversation conversation, State state, String text) {
        if (!conversation.account().isProvider()) {
            dialogues.clear(conversation.chatId()); // cannot happen but by a stale state: the dialogue has nothing to fill in
            start.showMenu(conversation, conversation.text("input.not-understood"));
            return;
        }
        if (text.isEmpty()) {
            ask(conversation, conversation.text("registration.not-text"));
            return;
        }
        if (state.step().equals(NAME_STEP)) {
            ProviderKind kind = conversation.account().providerKind().get();
            core.registerAsProvider().register(conversation.account().id(), new RegisterAsProvider.Command(kind, Option.some(text))).fold(
                    refused -> {
                        ask(conversation, refused.reason() == Reason.TEXT_TOO_LONG
                                ? conversation.text("registration.name-too-long", refused.detail())
                                : badAnswer(conversation, refused, "registration.not-text"));
                        return null;
                    },
                    named -> {
                        askWhatTheyDo(Conversation.of(named, conversation.chatId()), state);
                        return null;
                    });
        } else {
            core.editProfile().edit(conversation.account().id(), new EditProfile.Command(EditProfile.Field.ABOUT, text)).fold(
                    refused -> {
                        ask(conversation, badAnswer(conversation, refused, "registration.not-text"));
                        return null;
                    },
                    saved -> {
                        askTime(conversation);
                        return null;
                    });
        }
    }

    private static String badAnswer(Conversation conversation, Rejection refused, String blankKey) {
        return refused.reason() == Reason.INVALID_INPUT ? conversation.text(blankKey) : Rejections.text(conversation, refused);
    }

    private void askWhatTheyDo(Conversation conversation, State state) {
        dialogues.await(conversation.chatId(), WHAT_STEP, state.payload());
        ask(conversation, conversation.text("registration.ask-what", conversation.account().displayName()));
    }

    /** The last question is answered by a button, so no typed answer waits for it. */
    private void askTime(Conversation conversation) {
        dialogues.clear(conversation.chatId());
        Account account = conversation.account();
        outgoing.call(new Screen(conversation.text("registration.ask-time", settings.label(account.timeSetting()),
                conversation.formats().time(clock.instant())), Keyboards.grid(List.of(
                        button(conversation.text("registration.skip"), CallbackData.of(KEEP_TIME)),
                        button(conversation.text("settings.time-zone"), CallbackData.of(CHOOSE_TIME))), 2)).sendTo(conversation.chatId()));
    }

    /** The menu with {@code Кабинет}; the time-zone choice after it when asked for. */
    private CallbackAnswer finish(Conversation conversation, boolean chooseTimeZone) {
        Account account = conversation.account();
        if (!account.isProvider()) {
            return stale(conversation);
        }
        dialogues.clear(conversation.chatId());
        start.showMenu(conversation, conversation.text(account.isOrganization() ? "registration.done-organization" : "registration.done-specialist"));
        if (chooseTimeZone) {
            settings.showTimeZones(conversation);
        }
        return CallbackAnswer.NONE;
    }

    private void ask(Conversation conversation, String question) {
        outgoing.call(new Screen(question, Keyboards.grid(List.of(button(conversation.text("registration.skip"), CallbackData.of(SKIP))), 1))
                .sendTo(conversation.chatId()));
    }

    private static CallbackAnswer stale(Conversation conversation) {
        return CallbackAnswer.toast(conversation.text("button.stale"));
    }
}
