package io.kalenner.domain.schedule;

import io.kalenner.domain.schedule.WorkingHoursGrammar.Expected;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads one schedule exception typed in one line, its kind told by its shape:
 * {@code 31.12.2026} a holiday; {@code 01.08.2026-14.08.2026} a vacation;
 * {@code 05.12.2026 13:00-15:00} (or {@code 05.12-07.12 13:00-15:00}) an absence; and
 * {@code 06.12.2026 работаю 10:00-14:00 15:00-18:00} ({@code work} in English) a date override.
 * A date without a year is its next occurrence from today on. A mistake is answered with where
 * it is and what was expected there, as {@link WorkingHoursGrammar} answers; a date range that
 * ends before it starts is {@code END_AFTER_START}.
 */
public final class ScheduleExceptionGrammar extends LineReader {

    private static final List<String> WORK = List.of("работаю", "работа", "рабочий", "work", "working", "open");

    private final LocalDate today;

    private ScheduleExceptionGrammar(String line, LocalDate today) {
        super(line);
        this.today = today;
    }

    public static Either<Mistake, ScheduleException> parse(String line, LocalDate today) {
        return new ScheduleExceptionGrammar(line, today).exception();
    }

    private Either<Mistake, ScheduleException> exception() {
        skipSpaces();
        int start = position;
        Option<LocalDate> first = date();
        if (first.isEmpty()) {
            return Either.left(mistake(Expected.DATE));
        }
        LocalDate last = first.get();
        skipSpaces();
        if (consume('-') || consume('–')) {
            skipSpaces();
            Option<LocalDate> end = date();
            if (end.isEmpty()) {
                return Either.left(mistake(Expected.DATE));
            }
            last = end.get();
            if (last.isBefore(first.get())) {
                return Either.left(new Mistake(start, Expected.END_AFTER_START, line.substring(start, position)));
            }
        }
        skipSpaces();
        if (position == line.length()) {
            return Either.right(last.equals(first.get()) ? new ScheduleException.Holiday(last) : new ScheduleException.Vacation(first.get(), last));
        }
        String word = peekWord();
        boolean work = WORK.contains(word);
        if (work) {
            if (!last.equals(first.get())) {
                return Either.left(new Mistake(start, Expected.DATE, line.substring(start, position).trim()));
            }
            position += word.length();
        }
        Either<Mistake, List<LocalInterval>> intervals = intervals();
        if (intervals.isLeft()) {
            return Either.left(intervals.getLeft());
        }
        if (work) {
            return intervals.get().sortBy(LocalInterval::from).sliding(2).exists(pair -> pair.size() == 2 && pair.get(0).overlaps(pair.get(1)))
                    ? Either.left(new Mistake(position, Expected.NO_OVERLAP, ""))
                    : Either.right(new ScheduleException.DateOverride(first.get(), intervals.get()));
        }
        if (intervals.get().size() > 1) {
            return Either.left(new Mistake(position, Expected.SEPARATOR, ""));
        }
        return Either.right(new ScheduleException.Absence(first.get(), last, intervals.get().head()));
    }

    /** One or more time ranges, and then the end of the line. */
    private Either<Mistake, List<LocalInterval>> intervals() {
        List<LocalInterval> intervals = List.empty();
        do {
            skipSpaces();
            Either<Mistake, LocalInterval> interval = timeRange();
            if (interval.isLeft()) {
                return Either.left(interval.getLeft());
            }
            intervals = intervals.append(interval.get());
            skipSpaces();
            consume(',');
            skipSpaces();
        } while (position < line.length());
        return Either.right(intervals);
    }

    /** {@code dd.MM.yyyy}, {@code dd.MM.yy} or {@code dd.MM}; a day or month of one digit too. */
    private Option<LocalDate> date() {
        int start = position;
        List<String> parts = List.empty();
        StringBuilder part = new StringBuilder();
        while (position < line.length() && (Character.isDigit(line.charAt(position)) || line.charAt(position) == '.')) {
            char c = line.charAt(position++);
            if (c == '.') {
                parts = parts.append(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts = parts.append(part.toString());
        }
        Option<LocalDate> date = toDate(parts);
        if (date.isEmpty()) {
            position = start;
        }
        return date;
    }

    private Option<LocalDate> toDate(List<String> parts) {
        if (parts.size() < 2 || parts.size() > 3 || parts.exists(p -> p.isEmpty() || p.length() > 4) || parts.get(0).length() > 2 || parts.get(1).length() > 2) {
            return Option.none();
        }
        int day = Integer.parseInt(parts.get(0));
        int month = Integer.parseInt(parts.get(1));
        try {
            if (parts.size() == 3) {
                int year = Integer.parseInt(parts.get(2));
                return Option.some(LocalDate.of(parts.get(2).length() == 2 ? 2000 + year : year, month, day));
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
            return Option.some(thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : thisYear);
        } catch (DateTimeException notADate) {
            return Option.none(); // 31.02, 29.02 of a common year, month 13
        }
    }

}
