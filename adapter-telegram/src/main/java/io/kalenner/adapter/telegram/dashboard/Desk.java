package io.kalenner.adapter.telegram.dashboard;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.Rejection;
import io.vavr.collection.List;
import java.time.Clock;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** What every section of the dashboard works with, and the few ways it answers. */
final class Desk {

    /** How many entries a list shows before it says how many more there are (a message holds 4096 characters). */
    static final int LIST_LIMIT = 30;

    final BookingCore core;
    final Outgoing outgoing;
    final Dialogues dialogues;
    final Clock clock;

    Desk(BookingCore core, Outgoing outgoing, Dialogues dialogues, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** Puts the screen in place of the pressed message, unless it shows that already (Telegram refuses an edit that changes nothing). */
    CallbackAnswer show(Conversation conversation, Shown shown, Screen screen) {
        if (!shown.sameAs(screen)) {
            outgoing.call(screen.replace(conversation.chatId(), shown.messageId()));
        }
        return CallbackAnswer.NONE;
    }

    void send(Conversation conversation, Screen screen) {
        outgoing.call(screen.sendTo(conversation.chatId()));
    }

    void say(Conversation conversation, String text) {
        send(conversation, Screen.text(text));
    }

    /**
     * Whether a typed reason can be taken: text, at most {@link Inputs#REASON_LIMIT} characters.
     * If not, says so with {@code <keys>.reason-not-text} or {@code <keys>.reason-too-long}; the question stays.
     */
    boolean takesReason(Conversation conversation, String text, String keys) {
        if (text.isBlank()) {
            say(conversation, conversation.text(keys + ".reason-not-text"));
            return false;
        }
        if (text.length() > Inputs.REASON_LIMIT) {
            say(conversation, conversation.text(keys + ".reason-too-long", Inputs.REASON_LIMIT));
            return false;
        }
        return true;
    }

    static CallbackAnswer stale(Conversation conversation) {
        return CallbackAnswer.toast(conversation.text("button.stale"));
    }

    static CallbackAnswer refused(Conversation conversation, Rejection rejection) {
        return CallbackAnswer.alert(Rejections.text(conversation, rejection));
    }

    static InlineKeyboardButton button(Conversation conversation, String key, String action, Object... arguments) {
        return Keyboards.button(conversation.text(key), CallbackData.of(action, arguments));
    }

    /** Numbered lines of a list, at most {@link #LIST_LIMIT}, then how many more there are. */
    static <T> String lines(Conversation conversation, List<T> items, Function<T, String> line) {
        String shown = items.take(LIST_LIMIT).zipWithIndex().map(pair -> (pair._2 + 1) + ". " + line.apply(pair._1)).mkString("\n");
        return items.size() > LIST_LIMIT ? shown + "\n" + conversation.text("list.more", items.size() - LIST_LIMIT) : shown;
    }
}
