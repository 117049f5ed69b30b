package io.kalenner.adapter.telegram.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.i18n.Texts;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.time.UtcOffsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SettingsScreenTest {

    @Test
    void everyOffsetInUseHasExampleCitiesInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(Texts.of(language).keys())
                    .containsAll(UtcOffsets.IN_USE.map(SettingsScreen::citiesKey).toJavaList());
        }
    }

    @Test
    void cityKeysTellEastFromWest() {
        assertThat(SettingsScreen.citiesKey(ZoneOffset.of("+05:45"))).isEqualTo("offset.cities.p0545");
        assertThat(SettingsScreen.citiesKey(ZoneOffset.of("-09:30"))).isEqualTo("offset.cities.m0930");
        assertThat(SettingsScreen.citiesKey(ZoneOffset.UTC)).isEqualTo("offset.cities.p0000");
    }
}
