package io.kalenner.application.inmemory;

import io.kalenner.application.port.Transactions;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes every transaction behind one lock and undoes a transaction's writes when it ends in
 * a rejection or an exception; a transaction opened inside another is a savepoint of it. The
 * in-memory repositories register an undo step for each write.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        Deque<Runnable> outer = undoLog.get();
        if (outer != null) {
            return nested(outer, work);
        }
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        boolean committed = false;
        try {
            Either<Rejection, T> result = work.get();
            committed = result.isRight();
            return result;
        } finally {
            if (!committed) {
                undo.forEach(Runnable::run);
            }
            undoLog.remove();
            lock.unlock();
        }
    }

    /**
     * An inner transaction is a savepoint of the outer one: its writes go when it is refused or
     * fails, the outer one's stay.
     */
    private static <T> Either<Rejection, T> nested(Deque<Runnable> undo, Supplier<Either<Rejection, T>> work) {
        int savepoint = undo.size();
        boolean kept = false;
        try {
            Either<Rejection, T> result = work.get();
            kept = result.isRight();
            return result;
        } finally {
            if (!kept) {
                while (undo.size() > savepoint) {
                    undo.pop().run();
                }
            }
        }
    }

    /**
     * Runs a write under the transaction lock; the write returns how to undo it, which is kept
     * while a transaction is open.
     */
    void write(Supplier<Runnable> changeReturningUndo) {
        lock.lock();
        try {
            Runnable undo = changeReturningUndo.get();
            Deque<Runnable> log = undoLog.get();
            if (log != null) {
                log.push(undo);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read under the transaction lock, so it never sees another transaction half done. */
    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }
}
