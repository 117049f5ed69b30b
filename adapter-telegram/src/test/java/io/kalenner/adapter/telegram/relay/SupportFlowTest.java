package io.kalenner.adapter.telegram.relay;

import static io.kalenner.adapter.telegram.relay.RelayBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Поддержка}: a user's message reaches the operator, whose answer reaches the user; no operator, a clear answer. */
class SupportFlowTest {

    private RelayBot kalenner;

    @AfterEach
    void stop() {
        if (kalenner != null) {
            kalenner.close();
        }
    }

    @Test
    void aSupportRequestReachesTheOperatorAndTheAnswerTheUser() throws Exception {
        kalenner = new RelayBot("ru");
        TelegramUser operator = kalenner.operatorOnline();
        TelegramUser boris = kalenner.user("Борис", "ru");

        boris.pressReplyButton("Поддержка");
        assertThat(buttons(boris.awaitBotText("Опишите ваш вопрос"))).containsExactly("Отмена");
        boris.sendText("Не вижу свою запись на вторник.");
        boris.awaitBotText("Сообщение отправлено в поддержку");

        ChatMessage request = operator.awaitBotText("Обращение в поддержку от Борис");
        assertThat(request.text()).contains("Telegram id " + boris.id()).contains("Не вижу свою запись на вторник.");
        assertThat(buttons(request)).containsExactly("Ответить");

        operator.pressButton("Ответить");
        operator.awaitBotText("Напишите ответ для Борис");
        operator.sendText("Запись ещё ждёт подтверждения специалиста: она в разделе Записи.");
        operator.awaitBotText("Ответ отправлен: Борис");

        ChatMessage answer = boris.awaitBotText("Ответ поддержки");
        assertThat(answer.text()).contains("Запись ещё ждёт подтверждения специалиста: она в разделе Записи.");

        // the operator is back in the menu: the next text is not another answer
        operator.sendText("ещё текст");
        operator.awaitBotText("Не понял сообщение");
    }

    @Test
    void supportWorksInEnglish() throws Exception {
        kalenner = new RelayBot("en");
        TelegramUser operator = kalenner.operatorOnline();
        TelegramUser bob = kalenner.user("Bob", "en");

        bob.pressReplyButton("Support");
        assertThat(buttons(bob.awaitBotText("Describe your question"))).containsExactly("Cancel");
        bob.sendText("I cannot find my appointment.");
        bob.awaitBotText("Your message was sent to support");

        ChatMessage request = operator.awaitBotText("Support request from Bob");
        assertThat(request.text()).contains("I cannot find my appointment.");
        operator.pressButton("Reply");
        operator.awaitBotText("Write your answer to Bob");
        operator.sendText("It waits for the specialist to accept it.");
        operator.awaitBotText("Answer sent: Bob");

        assertThat(bob.awaitBotText("Answer from support").text()).contains("It waits for the specialist to accept it.");
    }

    @Test
    void withNoOperatorReachableTheUserIsToldSupportIsUnavailable() throws Exception {
        kalenner = new RelayBot("ru"); // the operator never wrote to the bot: it cannot be reached
        TelegramUser boris = kalenner.user("Борис", "ru");

        boris.pressReplyButton("Поддержка");
        boris.awaitBotText("Опишите ваш вопрос");
        boris.sendText("Помогите!");

        ChatMessage answer = boris.awaitBotText("Поддержка сейчас недоступна");
        assertThat(answer.replyKeyboard()).isNotEmpty(); // back in the main menu
        assertThat(kalenner.core.ports().messages().depth()).isZero();
        assertThat(kalenner.operator.messages()).isEmpty();
    }

    @Test
    void unavailableInEnglishToo() throws Exception {
        kalenner = new RelayBot("en");
        TelegramUser bob = kalenner.user("Bob", "en");

        bob.pressReplyButton("Support");
        bob.awaitBotText("Describe your question");
        bob.sendText("Help!");

        bob.awaitBotText("Support is unavailable right now");
    }

    @Test
    void aSupportMessageCanBeCancelled() throws Exception {
        kalenner = new RelayBot("ru");
        TelegramUser operator = kalenner.operatorOnline();
        TelegramUser boris = kalenner.user("Борис", "ru");

        boris.pressReplyButton("Поддержка");
        boris.awaitBotText("Опишите ваш вопрос");
        boris.pressButton("Отмена");
        boris.awaitBotText("Отменено.");
        boris.sendText("это не в поддержку");
        boris.awaitBotText("Не понял сообщение");

        assertThat(operator.messages()).noneMatch(m -> m.text().contains("это не в поддержку"));
        assertThat(kalenner.core.ports().messages().depth()).isZero();
    }
}
