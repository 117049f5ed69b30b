package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.ReminderLeads;
import java.time.Duration;

/**
 * Each provider's reminder leads, and which reminders each appointment has had. Both join the
 * caller's transaction.
 */
public interface Reminders {

    /** The provider's leads; {@link ReminderLeads#DEFAULT} until the provider sets them. */
    ReminderLeads leadsOf(AccountId provider);

    void setLeads(AccountId provider, ReminderLeads leads);

    /**
     * Records that the appointment's reminder at {@code lead} is done with (sent, or not owed).
     * True only for the first of any number of calls, also when several processes call at once:
     * the caller that gets true is the one that sends it.
     */
    boolean markSent(AppointmentId appointment, Duration lead);
}
