package io.kalenner.domain.money;

import io.vavr.collection.List;
import io.vavr.collection.Traversable;

/** Sums of amounts that may be in several currencies: one sum per currency, never a conversion. */
public final class Totals {

    private Totals() {}

    /** One sum per currency present, by currency code; zero sums are left out, so nothing owed is an empty list. */
    public static List<Money> byCurrency(Traversable<Money> amounts) {
        return amounts.groupBy(Money::currency)
                .map(group -> group._2.reduce(Money::plus))
                .filter(sum -> sum.minorUnits() != 0)
                .toList()
                .sortBy(sum -> sum.currency().getCurrencyCode());
    }
}
