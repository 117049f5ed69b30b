package io.kalenner.adapter.web;

import io.kalenner.domain.account.Language;
import java.util.List;
import java.util.Locale;

/**
 * The small HTML pages a download link can end on, in Russian or English by the browser's
 * {@code Accept-Language}, as the bot speaks Russian to {@code ru} and English to everyone else.
 * They hold no user data, so nothing in them needs escaping.
 */
final class Pages {

    private static final List<String> SUPPORTED = List.of("ru", "en");

    private Pages() {}

    /** Russian when the browser prefers it to English, else English (also for a missing or broken header). */
    static Language languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return "ru".equals(best) ? Language.RU : Language.EN;
        } catch (IllegalArgumentException malformed) {
            return Language.EN;
        }
    }

    static String linkExpired(Language language) {
        return language == Language.RU
                ? page("ru", "Ссылка устарела", "Ссылка на скачивание действует 5 минут, и это время прошло.",
                        "Вернитесь в бот и нажмите «Скачать» ещё раз — вы получите новую ссылку.")
                : page("en", "This link has expired", "A download link works for 5 minutes, and this one's time is up.",
                        "Go back to the bot and press Download again to get a new link.");
    }

    static String notFound(Language language) {
        return language == Language.RU
                ? page("ru", "Ссылка не найдена", "Такой ссылки нет: возможно, она скопирована не целиком.",
                        "Откройте документ в боте и нажмите «Скачать».")
                : page("en", "Link not found", "There is no such link: perhaps it was not copied whole.",
                        "Open the document in the bot and press Download.");
    }

    static String documentDeleted(Language language) {
        return language == Language.RU
                ? page("ru", "Документ удалён", "Документа по этой ссылке больше нет: его удалили.",
                        "Откройте документы в боте, чтобы увидеть, что осталось.")
                : page("en", "The document was deleted", "The document this link was for is no longer there: it was deleted.",
                        "Open the documents in the bot to see what is left.");
    }

    static String accessEnded(Language language) {
        return language == Language.RU
                ? page("ru", "Нет доступа", "У вас больше нет доступа к этому документу.",
                        "Если это ошибка, напишите специалисту через бот.")
                : page("en", "No access", "You no longer have access to this document.",
                        "If this is a mistake, write to the specialist in the bot.");
    }

    static String profileNotFound(Language language) {
        return language == Language.RU
                ? page("ru", "Страница не найдена", "Такой страницы нет, или её владелец её скрыл.",
                        "Проверьте адрес или спросите ссылку у специалиста.")
                : page("en", "Page not found", "There is no such page, or its owner has hidden it.",
                        "Check the address, or ask the specialist for the link.");
    }

    static String failed(Language language) {
        return language == Language.RU
                ? page("ru", "Не удалось выдать документ", "Документ сейчас недоступен. Мы уже знаем об этом.",
                        "Попробуйте позже или напишите в поддержку через бот.")
                : page("en", "The document could not be served", "The document is not available right now. We have been told.",
                        "Try again later, or write to support in the bot.");
    }

    private static String page(String lang, String title, String what, String next) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Kalenner</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}"
                + "h1{font-size:1.4rem}</style></head>"
                + "<body><h1>" + title + "</h1><p>" + what + "</p><p>" + next + "</p></body></html>\n";
    }
}
