package io.kalenner.domain.account;

import io.vavr.control.Option;

/** The interface languages. Russian for Telegram's {@code ru}, English for everything else. */
public enum Language {
    RU,
    EN;

    public static Language fromTelegramCode(Option<String> languageCode) {
        return languageCode.filter(code -> code.toLowerCase(java.util.Locale.ROOT).startsWith("ru"))
                .map(code -> RU)
                .getOrElse(EN);
    }
}
