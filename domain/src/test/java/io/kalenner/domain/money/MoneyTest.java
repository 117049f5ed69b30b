package io.kalenner.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void addingAddsMinorUnitsExactly() {
        // given 1 234.56 RUB and 0.44 RUB
        Money a = Money.of(123_456, "RUB");
        Money b = Money.of(44, "RUB");

        // when they are added
        Money sum = a.plus(b);

        // then the sum is exactly 1 235.00 RUB
        assertThat(sum).isEqualTo(new Money(123_500, RUB));
    }

    @Test
    void tenthsAddUpExactlyWhereDoublesWouldNot() {
        // given ten payments of 0.10 (0.1 + ... + 0.1 is 0.9999999999999999 in double)
        Money total = Money.zero(RUB);

        // when they are added one by one
        for (int i = 0; i < 10; i++) {
            total = total.plus(Money.of(10, "RUB"));
        }

        // then the total is exactly 1.00
        assertThat(total).isEqualTo(Money.of(100, "RUB"));
    }

    @Test
    void subtractingMayGoBelowZero() {
        // given a price of 10.00 and a payment of 12.50
        // when the payment is subtracted from the price
        Money balance = Money.of(1_000, "EUR").minus(Money.of(1_250, "EUR"));

        // then the result is −2.50 and is negative
        assertThat(balance).isEqualTo(Money.of(-250, "EUR"));
        assertThat(balance.isNegative()).isTrue();
    }

    @Test
    void zeroIsNotNegativeAndIsTheNeutralElement() {
        // given zero and some amount
        Money zero = Money.zero(RUB);
        Money amount = Money.of(777, "RUB");

        // when zero is added and subtracted
        // then the amount is unchanged and zero is not negative
        assertThat(amount.plus(zero)).isEqualTo(amount);
        assertThat(amount.minus(zero)).isEqualTo(amount);
        assertThat(amount.minus(amount)).isEqualTo(zero);
        assertThat(zero.isNegative()).isFalse();
        assertThat(zero.minorUnits()).isZero();
    }

    @Test
    void amountsInDifferentCurrenciesCannotBeAddedOrSubtracted() {
        // given roubles and euros
        Money roubles = Money.of(100, "RUB");
        Money euros = Money.of(100, "EUR");

        // when they are added or subtracted
        // then both are refused, naming the currencies
        assertThatThrownBy(() -> roubles.plus(euros)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUB").hasMessageContaining("EUR");
        assertThatThrownBy(() -> roubles.minus(euros)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
    }

    @Test
    void overflowIsRefusedRatherThanWrappingAround() {
        // given the largest amount there is
        Money huge = new Money(Long.MAX_VALUE, RUB);
        Money tiny = new Money(Long.MIN_VALUE, RUB);

        // when one more minor unit is added, or one subtracted from the smallest
        // then it is refused instead of turning negative
        assertThatThrownBy(() -> huge.plus(Money.of(1, "RUB"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> tiny.minus(Money.of(1, "RUB"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equalAmountsAreEqualOnlyInTheSameCurrency() {
        // given the same minor units in two currencies
        // when compared
        // then they differ; in the same currency they are equal
        assertThat(Money.of(100, "USD")).isEqualTo(new Money(100, Currency.getInstance("USD")));
        assertThat(Money.of(100, "USD")).isNotEqualTo(Money.of(100, "EUR"));
    }

    @Test
    void moneyKeepsMinorUnitsInALongAndHasNoFloatingPointField() {
        // given the Money type
        // when looking at its fields
        // then amounts are a long and nothing is a float or double
        assertThat(Arrays.stream(Money.class.getRecordComponents()).map(RecordComponent::getType))
                .containsExactly(long.class, Currency.class);
        assertThat(Arrays.stream(Money.class.getDeclaredFields()).map(Field::getType))
                .doesNotContain(double.class, float.class, Double.class, Float.class);
    }

    @Test
    void anUnknownCurrencyCodeIsRefused() {
        // given a code that is not ISO 4217
        // when money is made with it
        // then it is refused
        assertThatThrownBy(() -> Money.of(1, "XYZQ")).isInstanceOf(IllegalArgumentException.class);
    }
}
