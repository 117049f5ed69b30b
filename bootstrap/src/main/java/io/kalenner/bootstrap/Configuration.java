package io.kalenner.bootstrap;

import io.kalenner.application.relay.SupportOperators;
import io.kalenner.domain.account.TelegramUserId;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The program's settings, read once at start-up from the environment and, for variables the
 * environment does not set, from a {@code .env} file in the working directory. A setting that is
 * present but wrong fails with a {@link ConfigurationException} naming it and what is expected.
 */
public record Configuration(
        Optional<String> telegramToken,
        URI telegramApiUrl,
        Optional<Database> database,
        Path dataDirectory,
        URI publicUrl,
        int httpPort,
        Set<Long> supportIds,
        boolean sandboxDemo,
        Optional<String> secretKey,
        Optional<String> previousSecretKeys,
        Optional<Webhook> webhook) {

    /**
     * Webhook mode ({@code KALENNER_TELEGRAM_MODE=webhook}): Telegram posts updates to {@code url},
     * whose path the web server serves; {@code secret} is the configured one, or absent for one made
     * at each start.
     */
    public record Webhook(URI url, Optional<String> secret) {
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret.isPresent() ? "set" : "generated") + "]"; // never the secret
        }
    }

    /** An external PostgreSQL; when absent the program runs an embedded one under the data directory. */
    public record Database(String url, String user, String password) {
        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + "]"; // never the password
        }
    }

    /** The variables this program reads, with what each expects, for messages and {@code --help}. */
    public static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("KALENNER_TELEGRAM_TOKEN", "the bot token from @BotFather"),
            Map.entry("KALENNER_TELEGRAM_API_URL", "the Bot API base URL, default https://api.telegram.org"),
            Map.entry("KALENNER_DB_URL", "a jdbc:postgresql:// URL; absent: an embedded PostgreSQL under the data directory"),
            Map.entry("KALENNER_DB_USER", "the database user"),
            Map.entry("KALENNER_DB_PASSWORD", "the database password"),
            Map.entry("KALENNER_DATA_DIR", "where data is kept, default ./data"),
            Map.entry("KALENNER_PUBLIC_URL", "the base of every link the bot gives out, default http://localhost:<web server port>"),
            Map.entry("KALENNER_HTTP_PORT", "the HTTP port, 1-65535, default 8080; the sandbox takes it and the web server the next one"),
            Map.entry("KALENNER_SECRET_KEY", "the master key for documents and download links (openssl rand -base64 32); absent: <data dir>/secret.key"),
            Map.entry("KALENNER_PREVIOUS_SECRET_KEYS", "during a key rotation: the old master keys, comma-separated"),
            Map.entry("KALENNER_SUPPORT_IDS", "comma-separated Telegram user ids of the support operators"),
            Map.entry("KALENNER_SANDBOX_DEMO", "without a token: on (default) makes a demo specialist with a service and hours, off makes none"),
            Map.entry("KALENNER_TELEGRAM_MODE", "how updates arrive: polling (default) or webhook"),
            Map.entry("KALENNER_WEBHOOK_URL", "in webhook mode, required: the https:// URL Telegram posts updates to; the web server serves its path"),
            Map.entry("KALENNER_WEBHOOK_SECRET", "in webhook mode: 1-256 of A-Z a-z 0-9 _ -, checked on every update; absent: a new one at each start"));

    /** The support operators of KALENNER_SUPPORT_IDS, as the booking core takes them. */
    public SupportOperators supportOperators() {
        return new SupportOperators(io.vavr.collection.LinkedHashSet.ofAll(supportIds).map(TelegramUserId::new));
    }

    public static Configuration fromEnvironment() {
        Map<String, String> values = new HashMap<>(readDotEnv(Path.of(".env")));
        values.putAll(System.getenv());
        return from(values);
    }

    public static Configuration from(Map<String, String> values) {
        Map<String, String> present = new HashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("KALENNER_") && value != null && !value.isBlank()) {
                present.put(key, value.strip());
            }
        });
        int port = port(present.getOrDefault("KALENNER_HTTP_PORT", "8080"));
        Optional<String> token = Optional.ofNullable(present.get("KALENNER_TELEGRAM_TOKEN"));
        int webPort = webPort(port, token.isPresent());
        return new Configuration(
                token,
                httpUrl("KALENNER_TELEGRAM_API_URL", present.getOrDefault("KALENNER_TELEGRAM_API_URL", "https://api.telegram.org")),
                database(present),
                Path.of(present.getOrDefault("KALENNER_DATA_DIR", "data")),
                httpUrl("KALENNER_PUBLIC_URL", present.getOrDefault("KALENNER_PUBLIC_URL", "http://localhost:" + webPort)),
                port,
                supportIds(present.getOrDefault("KALENNER_SUPPORT_IDS", "")),
                onOrOff("KALENNER_SANDBOX_DEMO", present.getOrDefault("KALENNER_SANDBOX_DEMO", "on")),
                Optional.ofNullable(present.get("KALENNER_SECRET_KEY")),
                Optional.ofNullable(present.get("KALENNER_PREVIOUS_SECRET_KEYS")),
                webhook(present));
    }

    /** Whether the program runs the sandbox: no bot token. */
    public boolean sandbox() {
        return telegramToken.isEmpty();
    }

    /**
     * The web server's port (downloads, health): {@code KALENNER_HTTP_PORT} with a bot token; in
     * the sandbox, whose page holds that port, the next one (docs/decisions.md).
     */
    public int webPort() {
        return webPort(httpPort, !sandbox());
    }

    /** A variable's value for {@code SecretKeys}, null when unset: the secret ones are kept here, never printed. */
    public String secret(String name) {
        return switch (name) {
            case "KALENNER_SECRET_KEY" -> secretKey.orElse(null);
            case "KALENNER_PREVIOUS_SECRET_KEYS" -> previousSecretKeys.orElse(null);
            default -> null;
        };
    }

    /** Never the token or the keys. */
    @Override
    public String toString() {
        return "Configuration[telegramToken=" + (telegramToken.isPresent() ? "set" : "none") + ", telegramApiUrl=" + telegramApiUrl
                + ", database=" + database + ", dataDirectory=" + dataDirectory + ", publicUrl=" + publicUrl + ", httpPort=" + httpPort
                + ", supportIds=" + supportIds + ", sandboxDemo=" + sandboxDemo + ", secretKey=" + (secretKey.isPresent() ? "set" : "none")
                + ", previousSecretKeys=" + (previousSecretKeys.isPresent() ? "set" : "none") + ", webhook=" + webhook + "]";
    }

    private static int webPort(int httpPort, boolean bot) {
        if (bot) {
            return httpPort;
        }
        if (httpPort == 65535) {
            throw new ConfigurationException("KALENNER_HTTP_PORT", "a port number from 1 to 65534 in the sandbox, whose web server takes the next port");
        }
        return httpPort + 1;
    }

    private static Optional<Webhook> webhook(Map<String, String> present) {
        String mode = present.getOrDefault("KALENNER_TELEGRAM_MODE", "polling").toLowerCase(Locale.ROOT);
        if (mode.equals("polling")) {
            return Optional.empty();
        }
        if (!mode.equals("webhook")) {
            throw new ConfigurationException("KALENNER_TELEGRAM_MODE", "polling or webhook");
        }
        String url = present.get("KALENNER_WEBHOOK_URL");
        if (url == null) {
            throw new ConfigurationException("KALENNER_WEBHOOK_URL", "in webhook mode, the https:// URL Telegram posts updates to, such as https://bot.example/telegram");
        }
        Optional<String> secret = Optional.ofNullable(present.get("KALENNER_WEBHOOK_SECRET"));
        if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ConfigurationException("KALENNER_WEBHOOK_SECRET", "1 to 256 characters of A-Z a-z 0-9 _ -");
        }
        return Optional.of(new Webhook(webhookUrl(url), secret));
    }

    /** An http(s) URL with a path of its own: the web server's other paths are not for Telegram. */
    private static URI webhookUrl(String text) {
        String expected = "an http(s) URL with a path, such as https://bot.example/telegram (not /, /health, /ready, /metrics or /d/…)";
        URI uri = httpUrl("KALENNER_WEBHOOK_URL", text, expected);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() < 2 || uri.getRawQuery() != null || uri.getRawFragment() != null
                || Set.of("/health", "/ready", "/metrics").contains(path) || path.startsWith("/d/") || path.matches(".*[{}<>*].*")) {
            throw new ConfigurationException("KALENNER_WEBHOOK_URL", expected);
        }
        return uri;
    }

    private static Optional<Database> database(Map<String, String> present) {
        String url = present.get("KALENNER_DB_URL");
        if (url == null) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConfigurationException("KALENNER_DB_URL", "a jdbc:postgresql:// URL");
        }
        return Optional.of(new Database(url, present.getOrDefault("KALENNER_DB_USER", ""), present.getOrDefault("KALENNER_DB_PASSWORD", "")));
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ConfigurationException("KALENNER_HTTP_PORT", "a port number from 1 to 65535");
    }

    private static boolean onOrOff(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ConfigurationException(name, "on or off");
        };
    }

    private static URI httpUrl(String name, String text) {
        return httpUrl(name, text, "an http(s) URL such as https://example.org");
    }

    private static URI httpUrl(String name, String text, String expected) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException malformed) {
            // reported below
        }
        throw new ConfigurationException(name, expected);
    }

    private static Set<Long> supportIds(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                long id = Long.parseLong(part.strip());
                if (id > 0) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new ConfigurationException("KALENNER_SUPPORT_IDS", "comma-separated positive Telegram user ids");
        }
        return Set.copyOf(ids);
    }

    /** {@code NAME=value} lines; blank lines and {@code #} comments are skipped, quotes around a value removed. */
    static Map<String, String> readDotEnv(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 1) {
                    continue;
                }
                String value = trimmed.substring(equals + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(trimmed.substring(0, equals).strip(), value);
            }
        } catch (IOException unreadable) {
            throw new ConfigurationException(".env", "a readable file of NAME=value lines");
        }
        return values;
    }

    /** A wrong setting: the message is the one line the program prints before it stops. */
    public static final class ConfigurationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigurationException(String name, String expected) {
            super(name + " is invalid: expected " + expected);
        }
    }
}
