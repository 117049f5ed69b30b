package io.kalenner.adapter.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralFormTest {

    @ParameterizedTest
    @CsvSource({"0, 0 записей", "1, 1 запись", "2, 2 записи", "4, 4 записи", "5, 5 записей", "11, 11 записей", "12, 12 записей",
            "14, 14 записей", "21, 21 запись", "22, 22 записи", "25, 25 записей", "101, 101 запись", "111, 111 записей",
            "112, 112 записей", "1001, 1 001 запись"})
    void russianCountsTakeTheNounInTheFormTheNumberAsks(long count, String expected) {
        // given a count of appointments
        // when it is said in Russian
        // then the noun agrees with the number's last digits (the grouping space is a no-break one)
        assertThat(Texts.of(Language.RU).count("count.appointments", count).replace('\u00a0', ' ')).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0 appointments", "1, 1 appointment", "2, 2 appointments", "21, 21 appointments"})
    void englishCountsAreSingularForOneOnly(long count, String expected) {
        // given a count of appointments
        // when it is said in English
        // then only one takes the singular
        assertThat(Texts.of(Language.EN).count("count.appointments", count)).isEqualTo(expected);
    }

    @Test
    void everyCountedNounHasAllThreeFormsInEveryLanguage() {
        // given the keys of counted nouns
        for (Language language : Language.values()) {
            var keys = Texts.of(language).keys();
            // when their base names are collected
            // then each has .one, .few and .many
            keys.stream().filter(key -> key.startsWith("count.")).map(key -> key.substring(0, key.lastIndexOf('.'))).distinct()
                    .forEach(base -> assertThat(keys).contains(base + ".one", base + ".few", base + ".many"));
        }
    }

    @Test
    void aNegativeCountTakesTheFormOfItsSize() {
        // given a balance-like negative count
        // when its form is chosen
        // then it is that of the positive number
        assertThat(PluralForm.of(Language.RU, -21)).isEqualTo(PluralForm.ONE);
        assertThat(PluralForm.of(Language.RU, -3)).isEqualTo(PluralForm.FEW);
    }
}
