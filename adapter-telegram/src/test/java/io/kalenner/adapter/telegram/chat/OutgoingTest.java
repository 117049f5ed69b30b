package io.kalenner.adapter.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.adapter.telegram.events.BotEvents.ApiError;
import io.vavr.control.Try;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The sender's answers to Telegram's refusals, on a scripted client: each call takes the next scripted outcome. */
class OutgoingTest {

    private static final long CHAT = 4242;

    private final Deque<Object> script = new ArrayDeque<>();
    private final List<Object> calls = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Outgoing outgoing = new Outgoing(scriptedClient(), new SendLimits(), sleeps::add, new BotEvents() {
        @Override
        public void updateHandled(UpdateKind kind, Duration took) {
            events.add("update " + kind);
        }

        @Override
        public void updatesRepeated(int count) {
            events.add("repeated " + count);
        }

        @Override
        public void apiError(ApiError error, String method) {
            events.add(error.label() + " " + method);
        }

        @Override
        public void sent(String method) {
            events.add("sent " + method);
        }
    });

    @Test
    void aFloodWaitIsWaitedOutAsLongAsTelegramSaysThenTheMessageGoes() {
        // given
        script.add(refusal(429, 3));
        script.add(new Message());

        // when
        Try<Message> sent = outgoing.call(message());

        // then
        assertThat(sent.isSuccess()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(calls).hasSize(2);
    }

    @Test
    void aBlockedBotStopsSendingToThatChatUntilTheUserWritesAgain() {
        // given
        script.add(refusal(403, 0));

        // when
        Try<Message> first = outgoing.call(message());
        Try<Message> second = outgoing.callBulk(message());

        // then the second never reached Telegram
        assertThat(first.getCause()).isInstanceOf(ChatBlocked.class);
        assertThat(second.getCause()).isInstanceOf(ChatBlocked.class);
        assertThat(calls).hasSize(1);
        assertThat(outgoing.isBlocked(CHAT)).isTrue();

        // when the user writes again
        outgoing.unblock(CHAT);
        script.add(new Message());

        // then
        assertThat(outgoing.call(message()).isSuccess()).isTrue();
        assertThat(calls).hasSize(2);
    }

    @Test
    void aBadRequestIsNotRetried() {
        // given
        script.add(refusal(400, 0));

        // when
        Try<Message> sent = outgoing.call(message());

        // then
        assertThat(sent.getCause()).isInstanceOf(TelegramApiRequestException.class);
        assertThat(calls).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void networkFaultsAndServerErrorsAreRetriedWithGrowingPauses() {
        // given
        script.add(new TelegramApiException("connection reset"));
        script.add(refusal(502, 0));
        script.add(new Message());

        // when
        Try<Message> sent = outgoing.call(message());

        // then
        assertThat(sent.isSuccess()).isTrue();
        assertThat(calls).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(1)).isGreaterThan(sleeps.get(0));
    }

    @Test
    void aFaultThatPersistsIsGivenUpAfterAFewRetries() {
        // given
        for (int i = 0; i < 10; i++) {
            script.add(new TelegramApiException("no route to host"));
        }

        // when
        Try<Message> sent = outgoing.callBulk(message());

        // then
        assertThat(sent.isFailure()).isTrue();
        assertThat(calls).hasSize(5);
    }

    @Test
    void everyFailedAttemptIsReportedByItsCodeAndEveryMessageSentOnce() {
        // given
        script.add(new TelegramApiException("connection reset"));
        script.add(refusal(502, 0));
        script.add(refusal(429, 1));
        script.add(new Message());
        script.add(refusal(400, 0));
        script.add(refusal(403, 0));

        // when
        outgoing.call(message());
        outgoing.call(message());
        outgoing.call(message());

        // then
        assertThat(events).containsExactly("network sendmessage", "5xx sendmessage", "429 sendmessage", "sent sendmessage",
                "400 sendmessage", "403 sendmessage");
        assertThat(ApiError.ofCode(503)).isEqualTo(ApiError.SERVER_ERROR);
        assertThat(ApiError.ofCode(409)).isEqualTo(ApiError.OTHER);
    }

    @Test
    void anEditTheMessageShowsAlreadyIsNotSentAgain() {
        // given an edit Telegram took
        script.add(new Message());
        outgoing.call(edit(7, "Настройки"));

        // when the same edit comes again, as from a button pressed twice fast
        Try<java.io.Serializable> again = outgoing.call(edit(7, "Настройки"));

        // then it never reaches Telegram, which would refuse it as not modified
        assertThat(again.getCause()).isInstanceOf(Outgoing.MessageNotModified.class);
        assertThat(calls).hasSize(1);
    }

    @Test
    void anotherTextOrAnotherMessageIsEditedAsUsual() {
        // given an edit Telegram took
        script.add(new Message());
        script.add(new Message());
        script.add(new Message());
        outgoing.call(edit(7, "Настройки"));

        // when the message gets another text, and another message the first text
        // then both go
        assertThat(outgoing.call(edit(7, "Часовой пояс")).isSuccess()).isTrue();
        assertThat(outgoing.call(edit(8, "Настройки")).isSuccess()).isTrue();
        assertThat(calls).hasSize(3);
    }

    @Test
    void theSameTextWithOtherButtonsIsEditedAndTheSameButtonsAgainAreNot() {
        // given a message whose keyboard Telegram took, with a document not picked
        script.add(new Message());
        script.add(new Message());
        script.add(new Message());
        outgoing.call(edit(7, "Документы", "1. план.pdf", "fx:a:0"));

        // when the same text comes with the document picked, then the same again, then an equal keyboard built anew
        Try<java.io.Serializable> picked = outgoing.call(edit(7, "Документы", "✅ 1. план.pdf", "fx:a:1"));
        Try<java.io.Serializable> again = outgoing.call(edit(7, "Документы", "✅ 1. план.pdf", "fx:a:1"));
        Try<java.io.Serializable> otherData = outgoing.call(edit(7, "Документы", "✅ 1. план.pdf", "fx:a:0"));

        // then the pick and the changed data go, the repeat does not
        assertThat(picked.isSuccess()).isTrue();
        assertThat(again.getCause()).isInstanceOf(Outgoing.MessageNotModified.class);
        assertThat(otherData.isSuccess()).isTrue();
        assertThat(calls).hasSize(3);
    }

    @Test
    void anEditTelegramRefusedIsTriedAgainNextTime() {
        // given an edit that failed
        script.add(refusal(400, 0));
        outgoing.call(edit(7, "Настройки"));

        // when it is asked for again
        script.add(new Message());
        Try<java.io.Serializable> again = outgoing.call(edit(7, "Настройки"));

        // then it goes: the message never showed it
        assertThat(again.isSuccess()).isTrue();
        assertThat(calls).hasSize(2);
    }

    private static org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText edit(int messageId, String text, String label,
            String data) {
        return org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.builder()
                .chatId(CHAT).messageId(messageId).text(text)
                .replyMarkup(Keyboards.rows(io.vavr.collection.List.of(io.vavr.collection.List.of(
                        Keyboards.button(label, CallbackData.parse(data).get()))))).build();
    }

    private static org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText edit(int messageId, String text) {
        return org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.builder()
                .chatId(CHAT).messageId(messageId).text(text).build();
    }

    private static SendMessage message() {
        return SendMessage.builder().chatId(CHAT).text("hello").build();
    }

    private static TelegramApiRequestException refusal(int code, int retryAfter) {
        return new TelegramApiRequestException("refused", ApiResponse.builder().ok(false).errorCode(code).errorDescription("refused " + code)
                .parameters(retryAfter > 0 ? new ResponseParameters(null, retryAfter) : null).build());
    }

    /** A TelegramClient whose execute(...) plays the script; nothing else is called by Outgoing. */
    private TelegramClient scriptedClient() {
        return (TelegramClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TelegramClient.class}, (proxy, method, args) -> {
            if (!method.getName().equals("execute")) {
                throw new UnsupportedOperationException(method.getName());
            }
            calls.add(args[0]);
            Object outcome = script.poll();
            if (outcome instanceof Exception failure) {
                throw failure;
            }
            return outcome;
        });
    }
}
