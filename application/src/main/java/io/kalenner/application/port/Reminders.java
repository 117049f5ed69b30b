package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.ReminderLeads;
import java.time.Duration;

/**
 * Each provider's reminder leads, which reminders each appointment has had, and whether the
 * provider is told of its clients' uploads: the provider's notification settings. All join the
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

    /** Whether the provider is told when a client uploads a shared document; false until it opts in (the FAQ's default). */
    boolean uploadNoticeOf(AccountId provider);

    /** Switches the provider's upload notice; its reminder leads stay as they are. */
    void setUploadNotice(AccountId provider, boolean on);
}
