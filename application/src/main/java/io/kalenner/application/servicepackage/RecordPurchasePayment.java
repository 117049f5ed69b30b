package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.vavr.control.Either;

/**
 * The provider records money a client paid towards a purchase after the sale; the purchase's
 * balance goes down by it, below zero when more than owed was paid (D66). Only the provider that
 * sold it ({@code NOT_FOUND} for an unknown purchase, {@code NOT_YOURS} for anyone else);
 * {@code INVALID_INPUT} for zero, less, or another currency than the purchase's.
 */
public interface RecordPurchasePayment {

    Either<Rejection, ClientPackage> record(AccountId actor, Command command);

    record Command(PurchaseId purchase, Money amount) {}
}
