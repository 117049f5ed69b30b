package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.NOTIFICATION_OUTBOX;

import io.kalenner.adapter.persistence.jooq.NotificationOutboxRecord;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.NotificationOutbox;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.document.SharedDocumentId;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * The outbox table. A claim leases the oldest free rows in one statement; {@code SKIP LOCKED}
 * lets several senders claim side by side without waiting for each other or taking the same row.
 */
final class JooqNotificationOutbox implements NotificationOutbox {

    private static final Comparator<NotificationOutboxRecord> OLDEST_FIRST =
            Comparator.comparing(NotificationOutboxRecord::getCreatedAt).thenComparing(NotificationOutboxRecord::getSeq);

    private final JooqTransactions transactions;

    JooqNotificationOutbox(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Notification notification) {
        transactions.appendAtCommit(transactions.dsl().insertInto(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.ID, notification.id().value())
                .set(NOTIFICATION_OUTBOX.RECIPIENT_ID, notification.recipient().value())
                .set(NOTIFICATION_OUTBOX.KIND, notification.kind().name())
                .set(NOTIFICATION_OUTBOX.APPOINTMENT_ID, notification.subject() instanceof Notification.AboutAppointment about ? about.appointment().value() : null)
                .set(NOTIFICATION_OUTBOX.TERMS_DOCUMENT_ID, notification.subject() instanceof Notification.AboutTerms about ? about.document().value() : null)
                .set(NOTIFICATION_OUTBOX.SHARED_DOCUMENT_ID,
                        notification.subject() instanceof Notification.AboutSharedDocument about ? about.document().value() : null)
                .set(NOTIFICATION_OUTBOX.CREATED_AT, notification.createdAt()));
    }

    @Override
    public List<Notification> claim(int max, Instant now, Duration lease) {
        var o = NOTIFICATION_OUTBOX;
        var free = transactions.dsl().select(o.SEQ).from(o)
                .where(o.LEASED_UNTIL.isNull().or(o.LEASED_UNTIL.le(now)))
                .orderBy(o.CREATED_AT, o.SEQ)
                .limit(max)
                .forUpdate()
                .skipLocked();
        return List.ofAll(transactions.dsl().update(o)
                        .set(o.LEASED_UNTIL, now.plus(lease))
                        .where(o.SEQ.in(free))
                        .returning()
                        .fetch())
                .sorted(OLDEST_FIRST)
                .map(JooqNotificationOutbox::toNotification);
    }

    @Override
    public void markDelivered(NotificationId id) {
        transactions.dsl().deleteFrom(NOTIFICATION_OUTBOX).where(NOTIFICATION_OUTBOX.ID.eq(id.value())).execute();
    }

    @Override
    public long depth() {
        return transactions.dsl().fetchCount(NOTIFICATION_OUTBOX);
    }

    private static Notification toNotification(NotificationOutboxRecord row) {
        return new Notification(
                new NotificationId(row.getId()),
                new AccountId(row.getRecipientId()),
                Notification.Kind.valueOf(row.getKind()),
                subject(row),
                row.getCreatedAt());
    }

    // the table's check keeps exactly one of the three set
    private static Notification.Subject subject(NotificationOutboxRecord row) {
        if (row.getTermsDocumentId() != null) {
            return new Notification.AboutTerms(new TermsDocumentId(row.getTermsDocumentId()));
        }
        if (row.getSharedDocumentId() != null) {
            return new Notification.AboutSharedDocument(new SharedDocumentId(row.getSharedDocumentId()));
        }
        return new Notification.AboutAppointment(new AppointmentId(row.getAppointmentId()));
    }
}
