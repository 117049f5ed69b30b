package io.kalenner.adapter.telegram.i18n;

import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.time.TimeSetting;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the bot shows dates ({@code dd.MM.yyyy}), times ({@code HH:mm}), money and statuses, always in the viewer's setting. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final TimeSetting viewer;

    public Formats(Texts texts, TimeSetting viewer) {
        this.texts = texts;
        this.viewer = viewer;
    }

    public String date(Instant instant) {
        return DATE.format(local(instant));
    }

    public String time(Instant instant) {
        return TIME.format(local(instant));
    }

    public String dateTime(Instant instant) {
        return date(instant) + " " + time(instant);
    }

    /** A date and time for a button: {@code 01.12 10:00}. */
    public String shortDateTime(Instant instant) {
        return SHORT_DATE.format(local(instant)) + " " + time(instant);
    }

    /** A weekday's short name, capitalized: {@code Пн}, {@code Mon}. */
    public String weekday(java.time.DayOfWeek day) {
        String weekday = day.getDisplayName(TextStyle.SHORT, texts.locale());
        return weekday.substring(0, 1).toUpperCase(texts.locale()) + weekday.substring(1);
    }

    /** A date for a button: weekday and {@code dd.MM}, e.g. {@code Пн 02.12}. */
    public String dayButton(LocalDate date) {
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, texts.locale());
        weekday = weekday.substring(0, 1).toUpperCase(texts.locale()) + weekday.substring(1);
        return weekday + " " + SHORT_DATE.format(date);
    }

    public LocalDate localDate(Instant instant) {
        return local(instant).toLocalDate();
    }

    public String money(Money money) {
        BigDecimal amount = BigDecimal.valueOf(money.minorUnits(), money.currency().getDefaultFractionDigits()).stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        return amount.toPlainString() + " " + money.currency().getSymbol(texts.locale());
    }

    /**
     * Sums a client owes (one per currency, D74) in words: a phrase by {@code owesKey} for those
     * owed and one by {@code overpaidKey} for those overpaid, shown as positive amounts; none when settled.
     */
    public io.vavr.collection.List<String> owed(io.vavr.collection.List<Money> sums, String owesKey, String overpaidKey) {
        io.vavr.collection.List<Money> owes = sums.filter(sum -> !sum.isNegative());
        io.vavr.collection.List<Money> overpaid = sums.filter(Money::isNegative).map(sum -> new Money(-sum.minorUnits(), sum.currency()));
        return io.vavr.collection.List.of(owes, overpaid).zip(io.vavr.collection.List.of(owesKey, overpaidKey))
                .filter(pair -> !pair._1.isEmpty())
                .map(pair -> texts.get(pair._2, pair._1.map(this::money).mkString(", ")));
    }

    public String status(AppointmentStatus status) {
        return texts.get("status." + status.name().toLowerCase(Locale.ROOT));
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(viewer.zone());
    }
}
