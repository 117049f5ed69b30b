package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * An organization removes one of its member specialists (D77). From then on the specialist
 * performs none of its services, clients can no longer choose it, and it no longer reaches the
 * organization's clients, packages or documents. Appointments already requested or accepted with
 * it stay as they are, with it: the answer lists those still to come, so the organization can
 * cancel them in {@code Записи клиентов}. Only the organization itself may ({@code NOT_YOURS}); an
 * account that is not its member is {@code NOT_FOUND}.
 */
public interface RemoveMember {

    Either<Rejection, Removed> remove(AccountId actor, AccountId organization, AccountId specialist);

    /** The specialist removed, and its Pending and Accepted appointments of the organization not yet started. */
    record Removed(Account specialist, List<AppointmentView> upcoming) {}
}
