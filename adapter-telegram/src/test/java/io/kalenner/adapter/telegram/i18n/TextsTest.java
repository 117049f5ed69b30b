package io.kalenner.adapter.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.appointment.AppointmentStatus;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(Texts.of(Language.EN).keys()).containsExactlyInAnyOrderElementsOf(Texts.of(Language.RU).keys());
    }

    @Test
    void everyRejectionReasonHasATextInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(Texts.of(language).keys())
                    .containsAll(Arrays.stream(Rejection.Reason.values()).map(Rejections::key).toList());
        }
    }

    @Test
    void everyStatusShowsAsTheSpecSays() {
        Texts ru = Texts.of(Language.RU);
        Texts en = Texts.of(Language.EN);
        assertThat(Arrays.stream(AppointmentStatus.values()).map(s -> ru.get("status." + s.name().toLowerCase(Locale.ROOT))))
                .containsExactly("🟡 Ожидает", "🟢 Принято", "🔴 Отклонено", "Отменено", "Завершено", "Пропущено");
        assertThat(Arrays.stream(AppointmentStatus.values()).map(s -> en.get("status." + s.name().toLowerCase(Locale.ROOT))))
                .containsExactly("🟡 Pending", "🟢 Accepted", "🔴 Rejected", "Cancelled", "Completed", "Missed");
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(Texts.of(Language.EN).get("booking.service-button", "Massage", 60, "25 €")).isEqualTo("Massage · 60 min · 25 €");
    }
}
