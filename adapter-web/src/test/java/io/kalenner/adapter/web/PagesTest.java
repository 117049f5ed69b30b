package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Language;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void givenABrowserPreferringRussianThenPagesAreRussian() {
        assertThat(Pages.languageOf("ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(Language.RU);
        assertThat(Pages.languageOf("ru")).isEqualTo(Language.RU);
        assertThat(Pages.languageOf("de;q=1, ru;q=0.5")).isEqualTo(Language.RU);
    }

    @Test
    void givenABrowserPreferringEnglishOrAnythingElseThenPagesAreEnglish() {
        assertThat(Pages.languageOf("en-US,en;q=0.9,ru;q=0.8")).isEqualTo(Language.EN);
        assertThat(Pages.languageOf("fr-FR")).isEqualTo(Language.EN);
        assertThat(Pages.languageOf(null)).isEqualTo(Language.EN);
        assertThat(Pages.languageOf("")).isEqualTo(Language.EN);
        assertThat(Pages.languageOf(";;;q=banana")).isEqualTo(Language.EN);
    }

    @Test
    void givenEachLanguageThenTheExpiredPageSaysToPressDownloadAgain() {
        assertThat(Pages.linkExpired(Language.RU)).contains("lang=\"ru\"").contains("«Скачать»");
        assertThat(Pages.linkExpired(Language.EN)).contains("lang=\"en\"").contains("press Download again");
    }
}
