package io.kalenner.domain.schedule;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.util.Objects;

/**
 * Reads weekly working hours typed in one line, in Russian or English:
 * {@code пн-пт 09:00-18:00, сб 10:00-14:00}, {@code mon-fri 09:00-18:00; sat 10:00-14:00},
 * {@code пн,ср 10:00-13:00 14:00-19:00}, {@code вс выходной}. Clauses are separated by {@code ,}
 * or {@code ;}; within a clause, days are listed with {@code ,} and ranged with {@code -}, then
 * come one or more time ranges or a day-off word. Days not mentioned are days off. A mistake is
 * answered with where it is and what was expected there, never with an exception.
 */
public final class WorkingHoursGrammar extends LineReader {

    /** What the reader expected where it stopped. */
    public enum Expected {
        DAY,
        TIME,
        TIME_RANGE_OR_DAY_OFF,
        SEPARATOR,
        END_AFTER_START,
        NO_OVERLAP,
        /** A date, {@code dd.MM.yyyy} or {@code dd.MM} (used by {@link ScheduleExceptionGrammar}). */
        DATE
    }

    /** Where a line went wrong: the character position (from 0), what was expected, and what was found. */
    public record Mistake(int position, Expected expected, String found) {
        public Mistake {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(found, "found");
        }
    }

    private static final List<List<String>> DAY_NAMES = List.of(
            List.of("пн", "пон", "понедельник", "mon", "mo", "monday"),
            List.of("вт", "вто", "вторник", "tue", "tu", "tuesday"),
            List.of("ср", "сре", "среда", "wed", "we", "wednesday"),
            List.of("чт", "чет", "четверг", "thu", "th", "thursday"),
            List.of("пт", "пят", "пятница", "fri", "fr", "friday"),
            List.of("сб", "суб", "суббота", "sat", "sa", "saturday"),
            List.of("вс", "вос", "воскресенье", "sun", "su", "sunday"));
    private static final List<String> DAY_OFF = List.of("выходной", "выходные", "нет", "off", "closed", "none");

    private WorkingHoursGrammar(String line) {
        super(line);
    }

    public static Either<Mistake, WorkingHours> parse(String line) {
        return new WorkingHoursGrammar(line).hours();
    }

    private Either<Mistake, WorkingHours> hours() {
        TreeMap<DayOfWeek, List<LocalInterval>> byDay = TreeMap.empty();
        do {
            skipSpaces();
            Either<Mistake, List<DayOfWeek>> days = days();
            if (days.isLeft()) {
                return Either.left(days.getLeft());
            }
            Either<Mistake, List<LocalInterval>> intervals = intervals();
            if (intervals.isLeft()) {
                return Either.left(intervals.getLeft());
            }
            for (DayOfWeek day : days.get()) {
                List<LocalInterval> merged = byDay.get(day).getOrElse(List.empty()).appendAll(intervals.get());
                int clauseEnd = position;
                if (merged.sortBy(LocalInterval::from).sliding(2).exists(pair -> pair.size() == 2 && pair.get(0).overlaps(pair.get(1)))) {
                    return Either.left(new Mistake(clauseEnd, Expected.NO_OVERLAP, day.toString()));
                }
                byDay = byDay.put(day, merged);
            }
            skipSpaces();
        } while (consume(',') || consume(';'));
        skipSpaces();
        if (position < line.length()) {
            return Either.left(mistake(Expected.SEPARATOR));
        }
        return Either.right(new WorkingHours(byDay));
    }

    /** A list of days and day ranges: {@code пн-пт}, {@code пн,ср}, {@code сб}. */
    private Either<Mistake, List<DayOfWeek>> days() {
        List<DayOfWeek> days = List.empty();
        do {
            skipSpaces();
            Option<DayOfWeek> first = day();
            if (first.isEmpty()) {
                return Either.left(mistake(Expected.DAY));
            }
            skipSpaces();
            if (consume('-') || consume('–')) {
                skipSpaces();
                Option<DayOfWeek> last = day();
                if (last.isEmpty()) {
                    return Either.left(mistake(Expected.DAY));
                }
                days = days.appendAll(range(first.get(), last.get()));
            } else {
                days = days.append(first.get());
            }
            skipSpaces();
        } while (nextIsDayAfterComma() && consume(','));
        return Either.right(days.distinct());
    }

    /** One or more time ranges ({@code 09:00-13:00 14:00-19:00}), or a day-off word. */
    private Either<Mistake, List<LocalInterval>> intervals() {
        skipSpaces();
        String word = peekWord();
        if (DAY_OFF.contains(word)) {
            position += word.length();
            return Either.right(List.empty());
        }
        List<LocalInterval> intervals = List.empty();
        while (position < line.length() && Character.isDigit(line.charAt(position))) {
            Either<Mistake, LocalInterval> interval = timeRange();
            if (interval.isLeft()) {
                return Either.left(interval.getLeft());
            }
            intervals = intervals.append(interval.get());
            skipSpaces();
        }
        return intervals.isEmpty() ? Either.left(mistake(Expected.TIME_RANGE_OR_DAY_OFF)) : Either.right(intervals);
    }

    private Option<DayOfWeek> day() {
        String word = peekWord();
        for (int index = 0; index < DAY_NAMES.size(); index++) {
            if (DAY_NAMES.get(index).contains(word)) {
                position += word.length();
                return Option.some(DayOfWeek.of(index + 1));
            }
        }
        return Option.none();
    }

    private boolean nextIsDayAfterComma() {
        if (position >= line.length() || line.charAt(position) != ',') {
            return false;
        }
        int saved = position;
        position++;
        skipSpaces();
        boolean isDay = day().isDefined();
        position = saved;
        return isDay;
    }

    private static List<DayOfWeek> range(DayOfWeek first, DayOfWeek last) {
        List<DayOfWeek> days = List.of(first);
        for (DayOfWeek day = first; day != last; ) {
            day = day.plus(1);
            days = days.append(day);
        }
        return days;
    }
}
