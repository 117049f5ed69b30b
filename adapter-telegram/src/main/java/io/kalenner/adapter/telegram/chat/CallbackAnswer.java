package io.kalenner.adapter.telegram.chat;

import io.vavr.control.Option;

/** What the pressing user sees on the button itself: nothing, a short toast, or a pop-up alert. */
public record CallbackAnswer(Option<String> text, boolean alert) {

    public static final CallbackAnswer NONE = new CallbackAnswer(Option.none(), false);

    public static CallbackAnswer toast(String text) {
        return new CallbackAnswer(Option.some(text), false);
    }

    public static CallbackAnswer alert(String text) {
        return new CallbackAnswer(Option.some(text), true);
    }
}
