package io.kalenner.adapter.telegram.start;

import io.kalenner.adapter.telegram.i18n.Texts;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/** The main menu: a reply keyboard with the SPEC §7 labels; providers also get the dashboard. */
public final class MainMenu {

    /** The menu's entries, each with its text key. */
    public enum Item {
        REQUEST_APPOINTMENT("menu.request"),
        APPOINTMENTS("menu.appointments"),
        PROVIDERS("menu.providers"),
        SETTINGS("menu.settings"),
        REGISTRATION("menu.registration"),
        SUPPORT("menu.support"),
        DASHBOARD("menu.dashboard");

        private final String key;

        Item(String key) {
            this.key = key;
        }

        public String label(Texts texts) {
            return texts.get(key);
        }
    }

    private MainMenu() {}

    public static ReplyKeyboardMarkup keyboard(Account account) {
        Texts texts = Texts.of(account.language());
        List<List<Item>> rows = List.of(
                List.of(Item.REQUEST_APPOINTMENT, Item.APPOINTMENTS),
                List.of(Item.PROVIDERS, Item.SETTINGS),
                List.of(Item.REGISTRATION, Item.SUPPORT));
        if (account.isProvider()) {
            rows = rows.append(List.of(Item.DASHBOARD));
        }
        return ReplyKeyboardMarkup.builder()
                .keyboard(rows.map(row -> new KeyboardRow(row.map(item -> item.label(texts)).toJavaArray(String[]::new))).toJavaList())
                .resizeKeyboard(true)
                .isPersistent(true)
                .build();
    }

    /** The menu entry a text names, in any of the bot's languages (a keyboard may outlive a language switch). */
    public static Option<Item> itemOf(String text) {
        String label = text.strip();
        return List.of(Item.values())
                .find(item -> List.of(Language.values()).exists(language -> item.label(Texts.of(language)).equals(label)));
    }
}
