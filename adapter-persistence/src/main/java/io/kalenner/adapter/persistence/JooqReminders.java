package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.REMINDER_SENT;
import static io.kalenner.adapter.persistence.jooq.Tables.REMINDER_SETTING;

import io.kalenner.application.port.Reminders;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.List;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code reminder_setting} holds a provider's leads and its upload notice in one row (V16): a row
 * made to switch the notice has no leads, which read as the default, and setting leads keeps the
 * notice as it was.
 */
final class JooqReminders implements Reminders {

    private final JooqTransactions transactions;

    JooqReminders(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ReminderLeads leadsOf(AccountId provider) {
        Long[] leads = transactions.dsl().select(REMINDER_SETTING.LEADS_SECONDS).from(REMINDER_SETTING)
                .where(REMINDER_SETTING.PROVIDER_ID.eq(provider.value()))
                .fetchOne(REMINDER_SETTING.LEADS_SECONDS);
        return leads == null
                ? ReminderLeads.DEFAULT
                : new ReminderLeads(List.ofAll(Arrays.asList(leads)).map(Duration::ofSeconds));
    }

    @Override
    public void setLeads(AccountId provider, ReminderLeads leads) {
        Long[] seconds = leads.leads().map(Duration::toSeconds).toJavaArray(Long[]::new);
        transactions.dsl().insertInto(REMINDER_SETTING, REMINDER_SETTING.PROVIDER_ID, REMINDER_SETTING.LEADS_SECONDS)
                .values(provider.value(), seconds)
                .onConflict(REMINDER_SETTING.PROVIDER_ID)
                .doUpdate()
                .set(REMINDER_SETTING.LEADS_SECONDS, seconds)
                .execute();
    }

    @Override
    public boolean markSent(AppointmentId appointment, Duration lead) {
        // the primary key decides between racing instances: only one insert counts
        return transactions.dsl().insertInto(REMINDER_SENT, REMINDER_SENT.APPOINTMENT_ID, REMINDER_SENT.LEAD_SECONDS)
                .values(appointment.value(), lead.toSeconds())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean uploadNoticeOf(AccountId provider) {
        return Boolean.TRUE.equals(transactions.dsl().select(REMINDER_SETTING.UPLOAD_NOTICE).from(REMINDER_SETTING)
                .where(REMINDER_SETTING.PROVIDER_ID.eq(provider.value()))
                .fetchOne(REMINDER_SETTING.UPLOAD_NOTICE));
    }

    @Override
    public void setUploadNotice(AccountId provider, boolean on) {
        transactions.dsl().insertInto(REMINDER_SETTING, REMINDER_SETTING.PROVIDER_ID, REMINDER_SETTING.UPLOAD_NOTICE)
                .values(provider.value(), on)
                .onConflict(REMINDER_SETTING.PROVIDER_ID)
                .doUpdate()
                .set(REMINDER_SETTING.UPLOAD_NOTICE, on)
                .execute();
    }
}
