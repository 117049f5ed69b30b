package io.kalenner.adapter.telegram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Button data comes back from the client untrusted: a profile button whose arguments name no
 * field, section, picture or theme (stale, or made up) gets the short answer and changes nothing.
 * The Bot API is never called for it, so none runs here.
 */
class ForgedButtonsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

    private final BookingCore core = new BookingCore(InMemoryPorts.create(CLOCK));
    private final Dashboard dashboard = new Dashboard(core,
            new Outgoing(new OkHttpTelegramClient(new OkHttpClient(), "1:unused", new TelegramUrl("http", "127.0.0.1", 9, false))),
            new InvitationLinks("kalenner_bot"), new DownloadLinks(TelegramSettings.LOCAL_WEB),
            new Dialogues(core.ports().conversations(), CLOCK), CLOCK, TelegramFiles.unavailable());

    @ParameterizedTest
    @ValueSource(strings = {"dF:SLUG", "dF", "dK:NAME", "dX:", "dG:AVATAR", "dW:FOOTER:1", "dO:ABOUT2:u", "dT:PINK"})
    void aProfileButtonNamingNothingGetsTheShortAnswerAndChangesNothing(String data) {
        // given a provider's profile
        Account anna = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(42), "Анна", Language.RU));
        core.registerAsProvider().register(anna.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        Account provider = core.ports().accounts().findById(anna.id()).get();
        Profile before = core.viewOwnProfile().view(provider.id()).get();
        Message pressed = new Message();
        pressed.setMessageId(7);

        // when
        Option<CallbackAnswer> answer = dashboard.press(Conversation.of(provider, 42), pressed, CallbackData.parse(data).get());

        // then
        assertThat(answer).contains(CallbackAnswer.toast("Эта кнопка устарела. Начните заново из меню."));
        assertThat(core.viewOwnProfile().view(provider.id()).get()).isEqualTo(before);
        assertThat(core.ports().conversations().of(42)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"f1", "f2"})
    void aClientPressingTheUploadNoticeSwitchIsToldItIsNoProviderAndNothingChanges(String data) {
        // given a client, who has no dashboard
        Account boris = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(43), "Борис", Language.RU));
        Message pressed = new Message();
        pressed.setMessageId(8);

        // when
        Option<CallbackAnswer> answer = dashboard.press(Conversation.of(boris, 43), pressed, CallbackData.parse(data).get());

        // then
        assertThat(answer).contains(CallbackAnswer.alert("Это доступно только Специалистам и Организациям."));
        assertThat(core.ports().reminders().uploadNoticeOf(boris.id())).isFalse();
        assertThat(core.setUploadNotice().current(boris.id()).getLeft().reason()).isEqualTo(io.kalenner.domain.Rejection.Reason.NOT_A_PROVIDER);
    }
}
