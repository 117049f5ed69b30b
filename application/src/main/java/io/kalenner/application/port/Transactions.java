package io.kalenner.application.port;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.util.function.Supplier;

/** The transaction boundary of a use case. */
public interface Transactions {

    /**
     * Runs the work in one transaction: its writes are committed together when it returns a
     * right value, and none of them stays when it returns a rejection or throws.
     */
    <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work);
}
