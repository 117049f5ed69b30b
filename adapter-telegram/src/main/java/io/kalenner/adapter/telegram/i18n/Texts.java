package io.kalenner.adapter.telegram.i18n;

import io.kalenner.domain.account.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The bot's texts by key, one bundle per language ({@code messages_ru}, {@code messages_en}). */
public final class Texts {

    private static final String BUNDLE = "io.kalenner.adapter.telegram.i18n.messages";
    private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Texts(language));
        }
    }

    private final Language language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Language language) {
        this.language = language;
        this.locale = localeOf(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public static Locale localeOf(Language language) {
        return switch (language) {
            case RU -> Locale.forLanguageTag("ru");
            case EN -> Locale.ENGLISH;
        };
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * A count with its noun in the right form: {@code count("count.appointments", 5)} reads
     * {@code 5 записей} from {@code count.appointments.many}, whose {@code {0}} is the count.
     */
    public String count(String key, long count) {
        return get(key + "." + PluralForm.of(language, count).suffix(), count);
    }

    /** Every key of this language's bundle, for the test that both bundles agree. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
