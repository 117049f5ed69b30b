package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.account.TelegramUserId;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    @Test
    void nothingSetMeansEmbeddedDefaultsAndNoToken() {
        Configuration configuration = Configuration.from(Map.of());

        assertThat(configuration.telegramToken()).isEmpty();
        assertThat(configuration.telegramApiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(configuration.database()).isEmpty();
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("data"));
        assertThat(configuration.httpPort()).isEqualTo(8080);
        // no token: the sandbox holds 8080, the web server the next port, where links lead
        assertThat(configuration.publicUrl()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(configuration.supportIds()).isEmpty();
    }

    @Test
    void everySettingIsRead() {
        Configuration configuration = Configuration.from(Map.of(
                "KALENNER_TELEGRAM_TOKEN", "123:abc",
                "KALENNER_TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "KALENNER_DB_URL", "jdbc:postgresql://db:5432/kalenner",
                "KALENNER_DB_USER", "kalenner",
                "KALENNER_DB_PASSWORD", "secret",
                "KALENNER_DATA_DIR", "/var/lib/kalenner",
                "KALENNER_PUBLIC_URL", "https://kalenner.example",
                "KALENNER_HTTP_PORT", "9090",
                "KALENNER_SUPPORT_IDS", "11, 22"));

        assertThat(configuration.telegramToken()).contains("123:abc");
        assertThat(configuration.database()).contains(new Configuration.Database("jdbc:postgresql://db:5432/kalenner", "kalenner", "secret"));
        assertThat(configuration.httpPort()).isEqualTo(9090);
        assertThat(configuration.supportIds()).isEqualTo(Set.of(11L, 22L));
        assertThat(configuration.supportOperators().contains(new TelegramUserId(22))).isTrue();
        assertThat(configuration.supportOperators().contains(new TelegramUserId(33))).isFalse();
    }

    @Test
    void givenNoSetting_whenRead_thenTheSandboxDemoIsOnAndOnlyOffTurnsItOff() {
        assertThat(Configuration.from(Map.of()).sandboxDemo()).isTrue();
        assertThat(Configuration.from(Map.of("KALENNER_SANDBOX_DEMO", "OFF")).sandboxDemo()).isFalse();
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_SANDBOX_DEMO", "maybe")))
                .hasMessage("KALENNER_SANDBOX_DEMO is invalid: expected on or off");
    }

    @Test
    void givenNoToken_whenRead_thenTheWebServerTakesTheNextPortAndThePublicUrlFollowsIt() {
        Configuration sandbox = Configuration.from(Map.of("KALENNER_HTTP_PORT", "9000"));
        Configuration bot = Configuration.from(Map.of("KALENNER_HTTP_PORT", "9000", "KALENNER_TELEGRAM_TOKEN", "1:x"));

        assertThat(sandbox.sandbox()).isTrue();
        assertThat(sandbox.webPort()).isEqualTo(9001);
        assertThat(sandbox.publicUrl()).isEqualTo(URI.create("http://localhost:9001"));
        assertThat(bot.webPort()).isEqualTo(9000);
        assertThat(bot.publicUrl()).isEqualTo(URI.create("http://localhost:9000"));
        assertThat(Configuration.from(Map.of()).publicUrl()).isEqualTo(URI.create("http://localhost:8081"));
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_HTTP_PORT", "65535"))).hasMessageStartingWith("KALENNER_HTTP_PORT is invalid");
        assertThat(Configuration.from(Map.of("KALENNER_HTTP_PORT", "65535", "KALENNER_TELEGRAM_TOKEN", "1:x")).webPort()).isEqualTo(65535);
    }

    @Test
    void givenSecretKeys_whenRead_thenTheyAreHandedToTheKeysButNeverShownNorIsTheToken() {
        Configuration configuration = Configuration.from(Map.of("KALENNER_TELEGRAM_TOKEN", "123:token-text",
                "KALENNER_SECRET_KEY", "key-text", "KALENNER_PREVIOUS_SECRET_KEYS", "old-key-text"));

        assertThat(configuration.secret("KALENNER_SECRET_KEY")).isEqualTo("key-text");
        assertThat(configuration.secret("KALENNER_PREVIOUS_SECRET_KEYS")).isEqualTo("old-key-text");
        assertThat(configuration.secret("KALENNER_DB_PASSWORD")).isNull();
        assertThat(Configuration.from(Map.of()).secret("KALENNER_SECRET_KEY")).isNull();
        assertThat(configuration.toString()).doesNotContain("key-text", "token-text");
    }

    @Test
    void aWrongPortNamesTheVariableAndWhatIsExpected() {
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_HTTP_PORT", "80a")))
                .hasMessage("KALENNER_HTTP_PORT is invalid: expected a port number from 1 to 65535");
    }

    @Test
    void aWrongUrlOrIdListIsRefused() {
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_PUBLIC_URL", "ftp://x"))).hasMessageStartingWith("KALENNER_PUBLIC_URL is invalid");
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_DB_URL", "postgres://x"))).hasMessageStartingWith("KALENNER_DB_URL is invalid");
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_SUPPORT_IDS", "12,abc"))).hasMessageStartingWith("KALENNER_SUPPORT_IDS is invalid");
    }

    @Test
    void passwordsNeverShowInText() {
        assertThat(new Configuration.Database("jdbc:postgresql://db/k", "u", "secret").toString()).doesNotContain("secret");
    }

    @Test
    void dotEnvLinesAreRead(@TempDir Path directory) throws IOException {
        Path file = directory.resolve(".env");
        Files.writeString(file, "# comment\n\nKALENNER_HTTP_PORT=9000\nKALENNER_TELEGRAM_TOKEN=\"1:x\"\nnot a line\n");

        assertThat(Configuration.readDotEnv(file)).containsExactlyInAnyOrderEntriesOf(Map.of("KALENNER_HTTP_PORT", "9000", "KALENNER_TELEGRAM_TOKEN", "1:x"));
    }

    @Test
    void givenNoMode_whenRead_thenUpdatesArriveByPolling() {
        assertThat(Configuration.from(Map.of()).webhook()).isEmpty();
        assertThat(Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "polling", "KALENNER_WEBHOOK_URL", "https://bot.example/hook")).webhook()).isEmpty();
    }

    @Test
    void givenWebhookMode_whenRead_thenTheUrlAndTheSecretAreTaken() {
        Configuration configuration = Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "webhook",
                "KALENNER_WEBHOOK_URL", "https://bot.example/telegram/hook", "KALENNER_WEBHOOK_SECRET", "Ab_9-z"));

        assertThat(configuration.webhook()).contains(new Configuration.Webhook(URI.create("https://bot.example/telegram/hook"), java.util.Optional.of("Ab_9-z")));
        assertThat(configuration.toString()).doesNotContain("Ab_9-z");
        assertThat(Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "WEBHOOK", "KALENNER_WEBHOOK_URL", "https://bot.example/hook"))
                .webhook().orElseThrow().secret()).isEmpty();
    }

    @Test
    void givenWebhookModeWithoutAUrl_whenRead_thenOneLineNamesTheMissingUrl() {
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "webhook")))
                .hasMessage("KALENNER_WEBHOOK_URL is invalid: expected in webhook mode, the https:// URL Telegram posts updates to, such as https://bot.example/telegram");
    }

    @Test
    void givenWebhookModeWithAnInvalidUrl_whenRead_thenOneLineNamesIt() {
        for (String url : java.util.List.of("bot.example/hook", "ftp://bot.example/hook", "https://bot.example", "https://bot.example/",
                "https://bot.example/health", "https://bot.example/d/x", "https://bot.example/hook?x=1", "https:// bad")) {
            assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "webhook", "KALENNER_WEBHOOK_URL", url)))
                    .as(url)
                    .hasMessage("KALENNER_WEBHOOK_URL is invalid: expected an http(s) URL with a path, such as https://bot.example/telegram"
                            + " (not /, /health, /ready, /metrics or /d/…)");
        }
    }

    @Test
    void givenAnInvalidWebhookSecretOrMode_whenRead_thenOneLineNamesIt() {
        for (String secret : java.util.List.of("has space", "ümlaut", "x".repeat(257))) {
            assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "webhook",
                    "KALENNER_WEBHOOK_URL", "https://bot.example/hook", "KALENNER_WEBHOOK_SECRET", secret)))
                    .hasMessage("KALENNER_WEBHOOK_SECRET is invalid: expected 1 to 256 characters of A-Z a-z 0-9 _ -");
        }
        assertThatThrownBy(() -> Configuration.from(Map.of("KALENNER_TELEGRAM_MODE", "push")))
                .hasMessage("KALENNER_TELEGRAM_MODE is invalid: expected polling or webhook");
    }

    @Test
    void theWebhookSettingsAreListedByHelpAndInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String name : java.util.List.of("KALENNER_TELEGRAM_MODE", "KALENNER_WEBHOOK_URL", "KALENNER_WEBHOOK_SECRET")) {
            assertThat(Configuration.VARIABLES).containsKey(name);
            assertThat(readme).contains("| `" + name + "` |");
        }
    }

    @Test
    void aGeneratedWebhookSecretIsWhatTelegramAllows() {
        assertThat(WebhookSecrets.generate()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(WebhookSecrets.generate());
    }
}
