package io.kalenner.bootstrap;

import java.security.SecureRandom;
import java.util.Base64;

/** Webhook secrets made at start when KALENNER_WEBHOOK_SECRET is not set. */
final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {}

    /** 256 random bits as 43 characters of A-Z a-z 0-9 _ -, as Telegram's secret_token allows. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
