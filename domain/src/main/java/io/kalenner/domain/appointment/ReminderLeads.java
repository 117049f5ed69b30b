package io.kalenner.domain.appointment;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long before an Accepted appointment its client and specialist are reminded: one to three
 * distinct leads between 15 minutes and 2 days, largest first; by default 24 hours and 1 hour.
 * None at all is allowed too: a provider may turn reminders off.
 */
public record ReminderLeads(List<Duration> leads) {

    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofDays(2);
    public static final int MOST = 3;
    public static final ReminderLeads DEFAULT = new ReminderLeads(List.of(Duration.ofHours(24), Duration.ofHours(1)));
    public static final ReminderLeads NONE = new ReminderLeads(List.empty());

    public ReminderLeads {
        Objects.requireNonNull(leads, "leads");
        leads = leads.distinct().sorted(java.util.Comparator.reverseOrder());
    }

    /** The leads a provider asked for, or why they cannot be used. */
    public static Either<Rejection, ReminderLeads> of(List<Duration> leads) {
        if (leads.size() > MOST) {
            return Rejection.of(Reason.INVALID_INPUT, "at most " + MOST + " reminders").asLeft();
        }
        Option<Duration> outOfRange = leads.find(lead -> lead.compareTo(SHORTEST) < 0 || lead.compareTo(LONGEST) > 0);
        if (outOfRange.isDefined()) {
            return Rejection.of(Reason.INVALID_INPUT, "a reminder between 15 minutes and 2 days before: " + outOfRange.get()).asLeft();
        }
        return Either.right(new ReminderLeads(leads));
    }

    /**
     * The reminder owed at {@code now} for an appointment starting at {@code start}: the shortest
     * lead whose moment has come, while the appointment has not started. Once a shorter lead is
     * due, a longer one whose moment was missed (the program was stopped) is never owed any more,
     * so a client never gets two reminders for one moment.
     */
    public Option<Duration> dueAt(Instant start, Instant now) {
        if (!now.isBefore(start)) {
            return Option.none();
        }
        return leads.filter(lead -> !start.minus(lead).isAfter(now)).lastOption();
    }

    /** The leads whose moment has already come at {@code now}: those an appointment accepted now never needs. */
    public List<Duration> passedAt(Instant start, Instant now) {
        return leads.filter(lead -> !start.minus(lead).isAfter(now));
    }

    public Duration longest() {
        return leads.headOption().getOrElse(Duration.ZERO);
    }
}
