package io.kalenner.application.relay;

import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * The Telegram users who answer support messages: configuration, given to the
 * {@link io.kalenner.application.BookingCore} when it is made. An operator is reached once it has
 * an account, that is once it has written to the bot.
 */
public record SupportOperators(Set<TelegramUserId> users) {

    public SupportOperators {
        Objects.requireNonNull(users, "users");
    }

    public static SupportOperators none() {
        return new SupportOperators(LinkedHashSet.empty());
    }

    public static SupportOperators of(TelegramUserId... users) {
        return new SupportOperators(LinkedHashSet.of(users));
    }

    public boolean contains(TelegramUserId user) {
        return users.contains(user);
    }
}
