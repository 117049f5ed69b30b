package io.kalenner.adapter.telegram.i18n;

import io.kalenner.domain.account.Language;
import java.util.Locale;

/**
 * Which form a noun takes after a count, by the language's rule (CLDR's cardinal categories for
 * whole numbers): Russian says 1 запись, 2 записи, 5 записей, 11 записей, 21 запись; English has
 * only one and the rest, whose text is kept under {@code many} ({@code few} repeats it).
 */
public enum PluralForm {
    ONE,
    FEW,
    MANY;

    public static PluralForm of(Language language, long count) {
        long n = Math.abs(count);
        return switch (language) {
            case RU -> russian(n);
            case EN -> n == 1 ? ONE : MANY;
        };
    }

    private static PluralForm russian(long n) {
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11) {
            return ONE;
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** The key suffix of this form: {@code count.appointments.few}. */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
