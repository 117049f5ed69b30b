package io.kalenner.domain.account;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One Telegram user. Always a client; {@link #providerKind()} is present once the account has
 * registered as a Specialist or an Organization, and it can never change to the other kind.
 */
public record Account(
        AccountId id,
        TelegramUserId telegramUser,
        String displayName,
        Language language,
        TimeSetting timeSetting,
        Option<ProviderKind> providerKind) {

    /** A typed display name's limit: Telegram's own for a first name, so it fits a button as a Telegram name does. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 64;

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(telegramUser, "telegramUser");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeSetting, "timeSetting");
        Objects.requireNonNull(providerKind, "providerKind");
    }

    public static Account newClient(AccountId id, TelegramUserId user, String displayName, Language language) {
        return new Account(id, user, displayName, language, TimeSetting.DEFAULT, Option.none());
    }

    /**
     * A display name a person typed, trimmed: a blank one is {@code INVALID_INPUT}, one longer than
     * {@value #MAX_DISPLAY_NAME_LENGTH} characters {@code TEXT_TOO_LONG} (detail: the limit).
     */
    public static Either<Rejection, String> displayName(String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            return Rejection.of(Rejection.Reason.INVALID_INPUT, "a display name is not blank").asLeft();
        }
        return name.length() <= MAX_DISPLAY_NAME_LENGTH
                ? Either.right(name)
                : Rejection.of(Rejection.Reason.TEXT_TOO_LONG, MAX_DISPLAY_NAME_LENGTH).asLeft();
    }

    public boolean isProvider() {
        return providerKind.isDefined();
    }

    public boolean isOrganization() {
        return providerKind.contains(ProviderKind.ORGANIZATION);
    }

    /** Registers as a provider; registering again as the same kind is harmless, the other kind is refused. */
    public Either<Rejection, Account> becomeProvider(ProviderKind kind) {
        if (providerKind.exists(existing -> existing != kind)) {
            return Rejection.of(Rejection.Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND, providerKind.get()).asLeft();
        }
        return Either.right(new Account(id, telegramUser, displayName, language, timeSetting, Option.some(kind)));
    }

    public Account withLanguage(Language newLanguage) {
        return new Account(id, telegramUser, displayName, newLanguage, timeSetting, providerKind);
    }

    public Account withTimeSetting(TimeSetting newSetting) {
        return new Account(id, telegramUser, displayName, language, newSetting, providerKind);
    }

    public Account withDisplayName(String newName) {
        return new Account(id, telegramUser, newName, language, timeSetting, providerKind);
    }
}
