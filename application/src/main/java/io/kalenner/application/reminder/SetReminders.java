package io.kalenner.application.reminder;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;

/**
 * A provider chooses how long before its Accepted appointments the client and the specialist are
 * reminded (one to three leads, or none); an organization's leads apply to its members'
 * appointments for it. Anyone else: {@code NOT_A_PROVIDER}.
 */
public interface SetReminders {

    Either<Rejection, ReminderLeads> set(AccountId actor, List<Duration> leads);

    Either<Rejection, ReminderLeads> current(AccountId actor);
}
