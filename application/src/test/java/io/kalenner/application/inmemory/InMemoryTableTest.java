package io.kalenner.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class InMemoryTableTest {

    /** A row of the test table: an owner, and whether it is still open. */
    private record Task(String owner, boolean open) {}

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTable<Integer, Task> tasks = new InMemoryTable<>(transactions);
    private final InMemoryTable<Integer, Task>.Index<String> byOwner = tasks.indexBy(Task::owner);
    private final InMemoryTable<Integer, Task>.Index<String> openByOwner =
            tasks.partialIndexBy(task -> task.open() ? Option.some(task.owner()) : Option.none());

    @Test
    void anIndexFindsTheRowsOfOneValueInTheTablesOrder() {
        tasks.put(1, new Task("ann", true));
        tasks.put(2, new Task("bob", true));
        tasks.put(3, new Task("ann", false));
        tasks.put(1, new Task("ann", false)); // replaced: keeps its place

        assertThat(byOwner.where("ann")).containsExactly(new Task("ann", false), new Task("ann", false));
        assertThat(byOwner.where("bob", Task::open)).containsExactly(new Task("bob", true));
        assertThat(byOwner.where("cid")).isEmpty();
    }

    @Test
    void aRowMovesBetweenValuesWhenItChangesAndLeavesWhenRemoved() {
        tasks.put(1, new Task("ann", true));
        tasks.put(2, new Task("ann", true));

        tasks.put(1, new Task("bob", true));
        tasks.remove(2);

        assertThat(byOwner.where("ann")).isEmpty();
        assertThat(byOwner.where("bob")).containsExactly(new Task("bob", true));
    }

    @Test
    void aPartialIndexHoldsOnlyTheRowsItsAttributeGivesAValueFor() {
        tasks.put(1, new Task("ann", true));
        tasks.put(2, new Task("ann", false));
        tasks.put(3, new Task("ann", true));

        tasks.put(3, new Task("ann", false));

        assertThat(openByOwner.where("ann")).containsExactly(new Task("ann", true));
    }

    @Test
    void anIndexMadeAfterRowsWereStoredFindsThem() {
        tasks.put(1, new Task("ann", true));
        tasks.put(2, new Task("bob", false));

        InMemoryTable<Integer, Task>.Index<Boolean> byOpen = tasks.indexBy(Task::open);

        assertThat(byOpen.where(false)).containsExactly(new Task("bob", false));
    }

    @Test
    void aRolledBackTransactionLeavesTheIndexesAsTheyWere() {
        tasks.put(1, new Task("ann", true));
        tasks.put(2, new Task("bob", true));

        Either<Rejection, Object> refused = transactions.inTransaction(() -> {
            tasks.put(1, new Task("bob", false));
            tasks.remove(2);
            tasks.put(3, new Task("ann", true));
            return Rejection.of(Reason.SLOT_TAKEN).asLeft();
        });

        assertThat(refused.isLeft()).isTrue();
        assertThat(byOwner.where("ann")).containsExactly(new Task("ann", true));
        assertThat(byOwner.where("bob")).containsExactly(new Task("bob", true));
        assertThat(openByOwner.where("ann")).containsExactly(new Task("ann", true));
        assertThat(tasks.where(task -> true)).containsExactly(new Task("ann", true), new Task("bob", true));
        assertThat(tasks.size()).isEqualTo(2);
    }
}
