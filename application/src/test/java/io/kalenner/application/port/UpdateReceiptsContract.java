package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.collection.Set;
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
    void aBatchAnswersTheUpdatesReceivedForTheFirstTimeAndRecordsThemAll() {
        // given one update received before
        long before = freshUpdateId();
        long fresh = freshUpdateId();
        long alsoFresh = freshUpdateId();
        receipts().firstReceipt(before, NOW);

        // when a batch holds it and two new ones, one of them twice
        Set<Long> first = receipts().firstReceipts(List.of(before, fresh, alsoFresh, fresh), NOW);

        // then only the new ones are first, and now they are received too
        assertThat(first.toJavaSet()).containsExactlyInAnyOrder(fresh, alsoFresh);
        assertThat(receipts().firstReceipts(List.of(fresh, alsoFresh), NOW)).isEmpty();
        assertThat(receipts().firstReceipts(List.empty(), NOW)).isEmpty();
    }

    @Test
    void ofInstancesReceivingOverlappingBatchesAtOnceEachUpdateIsFirstExactlyOnce() {
        // given ten updates, and eight instances each taking a batch of six of them
        List<Long> updates = List.fill(10, UpdateReceiptsContract::freshUpdateId);

        // when they record their batches at once
        List<Set<Long>> firsts = List.ofAll(Race.of(8, i -> receipts().firstReceipts(updates.drop(i % 5).take(6), NOW)));

        // then every update taken was first for exactly one of them
        List<Long> allFirsts = firsts.flatMap(first -> first);
        assertThat(allFirsts.distinct()).hasSameSizeAs(allFirsts);
        assertThat(allFirsts.toJavaSet()).isEqualTo(updates.toJavaSet());
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
