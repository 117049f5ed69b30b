package io.kalenner.bootstrap;

import io.kalenner.adapter.telegram.TelegramBot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Whether the program can do its work, for {@code GET /ready}: the database answers, and the bot
 * takes updates (its long polling runs, or its webhook is set) or stands by for the polling lease
 * another instance holds, since it then serves the web pages and delivers notifications and takes
 * over the polling within seconds. Before the bot started, and after it stopped, it is not ready.
 */
final class Readiness implements BooleanSupplier {

    private static final int DATABASE_SECONDS = 2;

    private final DataSource database;
    private volatile BooleanSupplier bot = () -> false;

    Readiness(DataSource database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** From now on readiness asks this bot too. */
    void watch(TelegramBot started) {
        bot = () -> started.isTakingUpdates() || started.isStandingBy();
    }

    @Override
    public boolean getAsBoolean() {
        return bot.getAsBoolean() && databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(DATABASE_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
