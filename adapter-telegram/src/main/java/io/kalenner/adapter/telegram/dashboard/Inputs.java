package io.kalenner.adapter.telegram.dashboard;

import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a provider types in answer to the bot's questions: amounts, prices, minutes, names. */
final class Inputs {

    static final Currency DEFAULT_CURRENCY = Currency.getInstance("RUB");
    static final int NAME_LIMIT = 64;
    static final int REASON_LIMIT = 500;

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,2}))?");
    private static final Pattern PRICE = Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,2})?)(?:\\s*([A-Za-z]{3}))?");
    private static final Pattern LEAD = Pattern.compile("(\\d{1,4})\\s*(дн|д|d|ч|h|мин|м|min|m)\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEAD_SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+(?=\\d)");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:мин|min|м|m)?\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Inputs() {}

    /** A positive amount in that currency: {@code 1500}, {@code 1500.50}, {@code 1500,5}. */
    static Option<Money> amount(String text, Currency currency) {
        Matcher matcher = AMOUNT.matcher(text.strip());
        if (!matcher.matches()) {
            return Option.none();
        }
        return money(matcher.group(0).replace(',', '.'), currency).filter(money -> money.minorUnits() > 0);
    }

    /** A price, zero allowed, with an optional currency code after it (RUB when none): {@code 2500}, {@code 30 EUR}. */
    static Option<Money> price(String text) {
        Matcher matcher = PRICE.matcher(text.strip());
        if (!matcher.matches()) {
            return Option.none();
        }
        Option<Currency> currency = matcher.group(2) == null
                ? Option.some(DEFAULT_CURRENCY)
                : Try.of(() -> Currency.getInstance(matcher.group(2).toUpperCase(Locale.ROOT))).toOption();
        return currency.flatMap(c -> money(matcher.group(1).replace(',', '.'), c));
    }

    /** Whole minutes from one to a day: {@code 60}, {@code 90 мин}. */
    static Option<Duration> minutes(String text) {
        Matcher matcher = MINUTES.matcher(text.strip());
        if (!matcher.matches()) {
            return Option.none();
        }
        Duration duration = Duration.ofMinutes(Integer.parseInt(matcher.group(1)));
        return duration.isZero() || duration.compareTo(Service.LONGEST) > 0 ? Option.none() : Option.some(duration);
    }

    /**
     * Reminder leads, each a number and a unit (days, hours, minutes, in Russian or English), apart
     * by commas or spaces: {@code 24ч, 1ч}, {@code 24h 1h 30m}, {@code 2д}. Whether they are in range
     * is the use case's to say.
     */
    static Option<io.vavr.collection.List<Duration>> leads(String text) {
        io.vavr.collection.List<String> parts = io.vavr.collection.List.of(LEAD_SEPARATOR.split(text.strip()));
        io.vavr.collection.List<Option<Duration>> leads = parts.map(part -> {
            Matcher matcher = LEAD.matcher(part);
            if (!matcher.matches()) {
                return Option.none();
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2).toLowerCase(Locale.ROOT);
            return Option.some(switch (unit) {
                case "дн", "д", "d" -> Duration.ofDays(amount);
                case "ч", "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            });
        });
        return text.isBlank() || leads.exists(Option::isEmpty) ? Option.none() : Option.some(leads.map(Option::get));
    }

    /** A service's name: one line, not blank, not longer than {@link #NAME_LIMIT}. */
    static Option<String> name(String text) {
        String name = text.strip();
        return name.isEmpty() || name.length() > NAME_LIMIT || name.contains("\n") ? Option.none() : Option.some(name);
    }

    private static Option<Money> money(String decimal, Currency currency) {
        BigDecimal amount = new BigDecimal(decimal);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            return Option.none(); // 10.5 yen, 10.005 roubles
        }
        return Option.some(new Money(amount.movePointRight(digits).longValueExact(), currency));
    }
}
