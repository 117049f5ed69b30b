package io.kalenner.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void amountsAreSummedPerCurrencyInCurrencyCodeOrder() {
        // given roubles and euros, mixed, one negative
        List<Money> amounts = List.of(Money.of(150_000, "RUB"), Money.of(2_000, "EUR"), Money.of(-50_000, "RUB"), Money.of(500, "EUR"));

        // then there is one sum per currency, EUR before RUB
        assertThat(Totals.byCurrency(amounts)).containsExactly(Money.of(2_500, "EUR"), Money.of(100_000, "RUB"));
    }

    @Test
    void sumsThatCancelOutAreLeftOutSoNothingOwedIsAnEmptyList() {
        // given an amount paid back in full, and no amounts at all
        List<Money> settled = List.of(Money.of(150_000, "RUB"), Money.of(-150_000, "RUB"));

        // then neither has a sum to show
        assertThat(Totals.byCurrency(settled)).isEmpty();
        assertThat(Totals.byCurrency(List.empty())).isEmpty();
    }

    @Test
    void aNegativeSumStaysNegative() {
        // given an overpayment
        List<Money> overpaid = List.of(Money.of(100_000, "RUB"), Money.of(-130_000, "RUB"));

        // then the sum says −300.00
        assertThat(Totals.byCurrency(overpaid)).containsExactly(Money.of(-30_000, "RUB"));
    }
}
