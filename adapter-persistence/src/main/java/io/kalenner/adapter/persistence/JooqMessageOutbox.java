package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.RELAYED_MESSAGE;

import io.kalenner.adapter.persistence.jooq.RelayedMessageRecord;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.MessageOutbox;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.jooq.impl.DSL;

/**
 * The relayed messages' table, claimed as the notification outbox is ({@code SKIP LOCKED}); a
 * delivered message keeps its row with {@code delivered_at} set (the database's time: it is a record
 * for operators, read by nothing).
 */
final class JooqMessageOutbox implements MessageOutbox {

    private static final Comparator<RelayedMessageRecord> OLDEST_FIRST =
            Comparator.comparing(RelayedMessageRecord::getCreatedAt).thenComparing(RelayedMessageRecord::getSeq);

    private final JooqTransactions transactions;

    JooqMessageOutbox(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(RelayedMessage message) {
        var m = RELAYED_MESSAGE;
        Option<MessageContent.Attachment> attachment = message.content().attachment();
        transactions.dsl().insertInto(m)
                .set(m.ID, message.id().value())
                .set(m.KIND, message.kind().name())
                .set(m.SENDER_ID, message.sender().value())
                .set(m.RECIPIENT_ID, message.recipient().value())
                .set(m.TEXT, message.content().text())
                .set(m.ATTACHMENT_KIND, attachment.map(a -> a.kind().name()).getOrNull())
                .set(m.ATTACHMENT_REFERENCE, attachment.map(MessageContent.Attachment::reference).getOrNull())
                .set(m.REPLY_TO, message.replyTo().map(MessageId::value).getOrNull())
                .set(m.CREATED_AT, message.createdAt())
                .execute();
    }

    @Override
    public Option<RelayedMessage> findById(MessageId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(RELAYED_MESSAGE).where(RELAYED_MESSAGE.ID.eq(id.value())).fetchOptional())
                .map(JooqMessageOutbox::toMessage);
    }

    @Override
    public List<RelayedMessage> claim(int max, Instant now, Duration lease) {
        var m = RELAYED_MESSAGE;
        var free = transactions.dsl().select(m.SEQ).from(m)
                .where(m.DELIVERED_AT.isNull())
                .and(m.LEASED_UNTIL.isNull().or(m.LEASED_UNTIL.le(now)))
                .orderBy(m.CREATED_AT, m.SEQ)
                .limit(max)
                .forUpdate()
                .skipLocked();
        return List.ofAll(transactions.dsl().update(m)
                        .set(m.LEASED_UNTIL, now.plus(lease))
                        .where(m.SEQ.in(free))
                        .returning()
                        .fetch())
                .sorted(OLDEST_FIRST)
                .map(JooqMessageOutbox::toMessage);
    }

    @Override
    public void markDelivered(MessageId id) {
        var m = RELAYED_MESSAGE;
        transactions.dsl().update(m).set(m.DELIVERED_AT, DSL.currentInstant())
                .where(m.ID.eq(id.value()).and(m.DELIVERED_AT.isNull()))
                .execute();
    }

    @Override
    public long depth() {
        return transactions.dsl().fetchCount(RELAYED_MESSAGE, RELAYED_MESSAGE.DELIVERED_AT.isNull());
    }

    private static RelayedMessage toMessage(RelayedMessageRecord row) {
        Option<MessageContent.Attachment> attachment = Option.of(row.getAttachmentKind())
                .map(kind -> new MessageContent.Attachment(MessageContent.Attachment.Kind.valueOf(kind), row.getAttachmentReference()));
        return new RelayedMessage(
                new MessageId(row.getId()),
                RelayedMessage.Kind.valueOf(row.getKind()),
                new AccountId(row.getSenderId()),
                new AccountId(row.getRecipientId()),
                new MessageContent(row.getText(), attachment),
                Option.of(row.getReplyTo()).map(MessageId::new),
                row.getCreatedAt());
    }
}
