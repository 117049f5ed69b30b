package io.kalenner.adapter.telegram.dashboard;

import io.kalenner.domain.account.ProviderKind;
import io.kalenner.sandbox.botapi.TelegramUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A flow test of the provider side: a fresh {@link ProviderBot} for each test, checked for Bot API violations after it. */
abstract class ProviderBotFlow {

    ProviderBot kalenner;

    @BeforeEach
    void startTheBot() throws Exception {
        kalenner = new ProviderBot();
    }

    @AfterEach
    void stopTheBot() {
        try {
            kalenner.assertNoViolations();
        } finally {
            kalenner.close();
        }
    }

    /** A new specialist who opened the dashboard ({@code dashboard} is its label in the user's language) and pressed {@code section}. */
    TelegramUser specialistIn(String name, String language, String dashboard, String section, String shows) {
        TelegramUser user = kalenner.user(name, language);
        kalenner.provider(user, ProviderKind.SPECIALIST);
        user.pressReplyButton(dashboard);
        user.awaitBotText(dashboard);
        user.pressButton(section);
        user.awaitBotText(shows);
        return user;
    }
}
