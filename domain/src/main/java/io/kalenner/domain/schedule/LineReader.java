package io.kalenner.domain.schedule;

import io.kalenner.domain.schedule.WorkingHoursGrammar.Expected;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalTime;
import java.util.Locale;

/** What the one-line grammars share: the line read so far, clock times, words, and where a mistake is. */
abstract class LineReader {

    final String line;
    int position;

    LineReader(String line) {
        this.line = line.toLowerCase(Locale.ROOT);
    }

    /** {@code HH:MM-HH:MM}, ending after it starts. */
    final Either<Mistake, LocalInterval> timeRange() {
        int start = position;
        Option<LocalTime> from = time();
        skipSpaces();
        if (from.isEmpty() || !(consume('-') || consume('–'))) {
            return Either.left(mistake(Expected.TIME));
        }
        skipSpaces();
        Option<LocalTime> to = time();
        if (to.isEmpty()) {
            return Either.left(mistake(Expected.TIME));
        }
        if (!to.get().isAfter(from.get())) {
            return Either.left(new Mistake(start, Expected.END_AFTER_START, line.substring(start, position)));
        }
        return Either.right(new LocalInterval(from.get(), to.get()));
    }

    /** {@code H:MM} or {@code HH:MM}, 00:00 to 23:59, or {@code 24:00} for the end of the day. */
    final Option<LocalTime> time() {
        int start = position;
        while (position < line.length() && (Character.isDigit(line.charAt(position)) || line.charAt(position) == ':' || line.charAt(position) == '.')) {
            position++;
        }
        String text = line.substring(start, position).replace('.', ':');
        String[] parts = text.split(":", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].length() > 2 || parts[1].length() != 2) {
            position = start;
            return Option.none();
        }
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (hours == 24 && minutes == 0) {
            return Option.some(LocalTime.MAX.withSecond(0).withNano(0)); // 23:59: LocalTime has no 24:00
        }
        if (hours > 23 || minutes > 59) {
            position = start;
            return Option.none();
        }
        return Option.some(LocalTime.of(hours, minutes));
    }

    final String peekWord() {
        int end = position;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        return line.substring(position, end);
    }

    final boolean consume(char expected) {
        if (position < line.length() && line.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    final void skipSpaces() {
        while (position < line.length() && Character.isWhitespace(line.charAt(position))) {
            position++;
        }
    }

    final Mistake mistake(Expected expected) {
        int end = position;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && end - position < 20) {
            end++;
        }
        return new Mistake(position, expected, line.substring(position, end));
    }
}
