package io.kalenner.domain.servicepackage;

import io.kalenner.domain.money.Money;
import java.time.Instant;
import java.util.Objects;

/** Money the client paid towards a purchase: at the sale, or later (D66). Always more than zero. */
public record PurchasePayment(PurchaseId purchase, Money amount, Instant paidAt) {

    public PurchasePayment {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("a payment is more than zero: " + amount);
        }
    }
}
