package io.kalenner.sandbox.botapi;

/** How the bot answered a button press: the notification text ("" for none), shown as an alert or not. */
public record CallbackAnswer(String text, boolean showAlert) {
}
