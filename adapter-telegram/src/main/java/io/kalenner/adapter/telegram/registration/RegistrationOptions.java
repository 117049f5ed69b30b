package io.kalenner.adapter.telegram.registration;

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
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.ProviderKind;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Варианты регистрации}: {@code Специалист}, {@code Организация}, {@code О сервисе}. As the
 * FAQ says, there is no Back button ({@code /start} returns), and a second registration of the
 * other kind is refused with the combination rule explained.
 */
public final class RegistrationOptions {

    public static final String REGISTER = "rg";
    public static final String ABOUT = "rab";

    private static final Logger log = LoggerFactory.getLogger(RegistrationOptions.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final StartCommand start;

    public RegistrationOptions(BookingCore core, Outgoing outgoing, StartCommand start) {
        this.core = core;
        this.outgoing = outgoing;
        this.start = start;
    }

    public void show(Conversation conversation) {
        outgoing.call(new Screen(conversation.text("registration.heading"), Keyboards.grid(List.of(
                button(conversation.text("registration.specialist"), CallbackData.of(REGISTER, ProviderKind.SPECIALIST.name())),
                button(conversation.text("registration.organization"), CallbackData.of(REGISTER, ProviderKind.ORGANIZATION.name())),
                button(conversation.text("registration.about"), CallbackData.of(ABOUT))), 2)).sendTo(conversation.chatId()));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        if (data.action().equals(ABOUT)) {
            outgoing.call(Screen.text(conversation.text("registration.about-text")).sendTo(conversation.chatId()));
            return CallbackAnswer.NONE;
        }
        Option<ProviderKind> kind = data.arguments().headOption()
                .flatMap(code -> List.of(ProviderKind.values()).find(k -> k.name().equals(code)));
        if (kind.isEmpty()) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        return core.registerAsProvider().register(conversation.account().id(), new RegisterAsProvider.Command(kind.get(), Option.none())).fold(
                refused -> refused.reason() == Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND
                        ? CallbackAnswer.alert(conversation.text("registration.combination-rule"))
                        : CallbackAnswer.alert(Rejections.text(conversation, refused)),
                provider -> {
                    log.info("registered as provider account={} kind={}", provider.id(), kind.get());
                    start.showMenu(Conversation.of(provider, conversation.chatId()),
                            conversation.text(kind.get() == ProviderKind.SPECIALIST ? "registration.done-specialist" : "registration.done-organization"));
                    return CallbackAnswer.NONE;
                });
    }
}
