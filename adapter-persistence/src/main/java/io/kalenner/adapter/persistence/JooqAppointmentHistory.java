package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.APPOINTMENT_EVENT;

import io.kalenner.adapter.persistence.jooq.AppointmentEventRecord;
import io.kalenner.application.port.AppointmentHistory;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentEvent.PaymentRecorded;
import io.kalenner.domain.appointment.AppointmentEvent.StatusChanged;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;

final class JooqAppointmentHistory implements AppointmentHistory {

    private final JooqTransactions transactions;

    JooqAppointmentHistory(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(AppointmentEvent event) {
        AppointmentEventRecord row = transactions.dsl().newRecord(APPOINTMENT_EVENT);
        row.setAppointmentId(event.appointment().value());
        row.setAt(event.at());
        row.setActorId(event.actor().value());
        if (event.change() instanceof StatusChanged moved) {
            row.setStatus(moved.status().name());
            row.setReason(moved.reason().getOrNull());
        } else if (event.change() instanceof PaymentRecorded paid) {
            row.setAmountMinor(paid.amount().minorUnits());
            row.setCurrency(paid.amount().currency().getCurrencyCode());
        }
        transactions.appendAtCommit(transactions.dsl().insertInto(APPOINTMENT_EVENT).set(row));
    }

    @Override
    public List<AppointmentEvent> of(AppointmentId appointment) {
        return List.ofAll(transactions.dsl().selectFrom(APPOINTMENT_EVENT)
                        .where(APPOINTMENT_EVENT.APPOINTMENT_ID.eq(appointment.value()))
                        .orderBy(APPOINTMENT_EVENT.AT, APPOINTMENT_EVENT.SEQ)
                        .fetch())
                .map(JooqAppointmentHistory::toEvent);
    }

    private static AppointmentEvent toEvent(AppointmentEventRecord row) {
        AppointmentEvent.Change change = row.getStatus() != null
                ? new StatusChanged(AppointmentStatus.valueOf(row.getStatus()), Option.of(row.getReason()))
                : new PaymentRecorded(Money.of(row.getAmountMinor(), row.getCurrency()));
        return new AppointmentEvent(new AppointmentId(row.getAppointmentId()), row.getAt(), new AccountId(row.getActorId()), change);
    }
}
