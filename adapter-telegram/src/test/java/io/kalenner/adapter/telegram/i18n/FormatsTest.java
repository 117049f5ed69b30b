package io.kalenner.adapter.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Language;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.time.TimeSetting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void twoViewersSeeOneInstantInTheirOwnSetting() {
        Formats moscow = new Formats(Texts.of(Language.RU), new TimeSetting.FixedOffset(ZoneOffset.ofHours(3)));
        Formats kathmandu = new Formats(Texts.of(Language.EN), new TimeSetting.FixedOffset(ZoneOffset.ofHoursMinutes(5, 45)));

        assertThat(moscow.dateTime(NOON_UTC)).isEqualTo("01.12.2026 15:00");
        assertThat(kathmandu.dateTime(NOON_UTC)).isEqualTo("01.12.2026 17:45");
    }

    @Test
    void dayButtonsShowTheWeekdayInTheViewersLanguage() {
        LocalDate tuesday = LocalDate.of(2026, 12, 1);

        assertThat(new Formats(Texts.of(Language.RU), TimeSetting.DEFAULT).dayButton(tuesday)).isEqualTo("Вт 01.12");
        assertThat(new Formats(Texts.of(Language.EN), TimeSetting.DEFAULT).dayButton(tuesday)).isEqualTo("Tue 01.12");
    }

    @Test
    void moneyShowsMinorUnitsOnlyWhenThereAreAny() {
        Formats formats = new Formats(Texts.of(Language.EN), TimeSetting.DEFAULT);

        assertThat(formats.money(Money.of(250000, "RUB"))).startsWith("2500 ");
        assertThat(formats.money(Money.of(250050, "EUR"))).startsWith("2500.5 ");
    }

    @Test
    void whatAClientOwesReadsAsOnePhraseForSumsOwedAndOneForSumsOverpaid() {
        Formats formats = new Formats(Texts.of(Language.RU), TimeSetting.DEFAULT);

        assertThat(formats.owed(io.vavr.collection.List.of(Money.of(2_000, "EUR"), Money.of(-30_000, "RUB"), Money.of(150_000, "USD")),
                "card.owes", "card.overpaid"))
                .containsExactly("💳 К оплате: 20 €, 1500 $", "💳 Переплата: 300 ₽");
        assertThat(formats.owed(io.vavr.collection.List.empty(), "card.owes", "card.overpaid")).isEmpty();
    }
}
