package io.kalenner.adapter.telegram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.money.Money;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void amountsArePositiveNumbersWithAtMostTheCurrencysDecimals() {
        assertThat(Inputs.amount("1500", RUB)).contains(Money.of(150000, "RUB"));
        assertThat(Inputs.amount(" 1500.50 ", RUB)).contains(Money.of(150050, "RUB"));
        assertThat(Inputs.amount("1500,5", RUB)).contains(Money.of(150050, "RUB"));
        assertThat(Inputs.amount("abc", RUB)).isEmpty();
        assertThat(Inputs.amount("-5", RUB)).isEmpty();
        assertThat(Inputs.amount("0", RUB)).isEmpty();
        assertThat(Inputs.amount("10.005", RUB)).isEmpty();
        assertThat(Inputs.amount("10.5", Currency.getInstance("JPY"))).isEmpty();
    }

    @Test
    void pricesAreInRoublesUnlessACurrencyCodeFollows() {
        assertThat(Inputs.price("2500")).contains(Money.of(250000, "RUB"));
        assertThat(Inputs.price("0")).contains(Money.of(0, "RUB"));
        assertThat(Inputs.price("30 eur")).contains(Money.of(3000, "EUR"));
        assertThat(Inputs.price("30 XYZ")).isEmpty();
        assertThat(Inputs.price("дорого")).isEmpty();
    }

    @Test
    void reminderLeadsAreNumbersWithRussianOrEnglishUnitsApartByCommasOrSpaces() {
        assertThat(Inputs.leads("24ч, 1ч")).contains(io.vavr.collection.List.of(Duration.ofHours(24), Duration.ofHours(1)));
        assertThat(Inputs.leads("24h 1h 30m")).contains(io.vavr.collection.List.of(Duration.ofHours(24), Duration.ofHours(1),
                Duration.ofMinutes(30)));
        assertThat(Inputs.leads("2д; 90 мин.")).contains(io.vavr.collection.List.of(Duration.ofDays(2), Duration.ofMinutes(90)));
        assertThat(Inputs.leads("1D,2H")).contains(io.vavr.collection.List.of(Duration.ofDays(1), Duration.ofHours(2)));
        assertThat(Inputs.leads("")).isEmpty();
        assertThat(Inputs.leads("24")).isEmpty();
        assertThat(Inputs.leads("24ч, завтра")).isEmpty();
        assertThat(Inputs.leads("24ч,,1ч")).isEmpty();
    }

    @Test
    void durationsAreWholeMinutesUpToADay() {
        assertThat(Inputs.minutes("90")).contains(Duration.ofMinutes(90));
        assertThat(Inputs.minutes("45 мин")).contains(Duration.ofMinutes(45));
        assertThat(Inputs.minutes("0")).isEmpty();
        assertThat(Inputs.minutes("1441")).isEmpty();
        assertThat(Inputs.minutes("1.5")).isEmpty();
    }

    @Test
    void namesAreOneShortLine() {
        assertThat(Inputs.name("  Массаж  ")).contains("Массаж");
        assertThat(Inputs.name(" ")).isEmpty();
        assertThat(Inputs.name("a\nb")).isEmpty();
        assertThat(Inputs.name("x".repeat(Inputs.NAME_LIMIT + 1))).isEmpty();
    }
}
