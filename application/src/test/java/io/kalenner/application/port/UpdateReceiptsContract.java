package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link UpdateReceipts} promises. */
public abstract class UpdateReceiptsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    private UpdateReceipts receipts() {
        return under().receipts();
    }

    private static long freshUpdateId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @Test
    void theFirstReceiptOfAnUpdateIsTheOnlyFirstOne() {
        // given
        long update = freshUpdateId();

        // when
        boolean first = receipts().firstReceipt(update, NOW);
        boolean again = receipts().firstReceipt(update, NOW.plusSeconds(5));

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(receipts().firstReceipt(freshUpdateId(), NOW)).isTrue();
    }

    @Test
    void ofInstancesReceivingOneUpdateAtOnceExactlyOneHasTheFirstReceipt() {
        // given
        long update = freshUpdateId();

        // when
        List<Boolean> firsts = List.ofAll(Race.of(8, i -> receipts().firstReceipt(update, NOW)));

        // then
        assertThat(firsts.filter(first -> first)).hasSize(1);
    }

    @Test
    void aReceiptInARefusedTransactionIsNotKept() {
        // given
        long update = freshUpdateId();

        // when
        under().transactions().inTransaction(() -> {
            assertThat(receipts().firstReceipt(update, NOW)).isTrue();
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(receipts().firstReceipt(update, NOW)).isTrue();
    }

    @Test
    void forgetBeforeForgetsOnlyOlderReceipts() {
        // given
        long old = freshUpdateId();
        long recent = freshUpdateId();
        receipts().firstReceipt(old, NOW.minus(Duration.ofDays(3)));
        receipts().firstReceipt(recent, NOW.minus(Duration.ofHours(1)));

        // when
        receipts().forgetBefore(NOW.minus(Duration.ofDays(2)));

        // then
        assertThat(receipts().firstReceipt(old, NOW)).isTrue();
        assertThat(receipts().firstReceipt(recent, NOW)).isFalse();
    }
}
