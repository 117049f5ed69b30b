package io.kalenner.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestDatabase.class)
class PostgresPersistenceTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theEmbeddedServerOfTheProgramWritesDurably() {
        try (PostgresPersistence durable = PostgresPersistence.embedded(dataDirectory)) {
            assertThat(setting(durable.dataSource(), "fsync")).isEqualTo("on");
            assertThat(setting(durable.dataSource(), "synchronous_commit")).isEqualTo("on");
            assertThat(setting(durable.dataSource(), "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() {
        // given
        Account anna = Account.newClient(new AccountId(UUID.randomUUID()), new TelegramUserId(42), "Anna", Language.RU);
        try (PostgresPersistence first = PostgresPersistence.embedded(dataDirectory)) {
            Ports ports = first.ports(new RandomIdGenerator(), TestDatabase.CLOCK);
            ports.transactions().inTransaction(() -> {
                ports.accounts().save(anna);
                return Either.right(anna);
            });
        }

        // when
        try (PostgresPersistence second = PostgresPersistence.embedded(dataDirectory)) {
            // then
            assertThat(second.ports(new RandomIdGenerator(), TestDatabase.CLOCK).accounts().findById(anna.id())).containsExactly(anna);
        }
    }

    @Test
    void theMigrationsTakeAnEmptyDatabaseToTheLatestVersionAndValidate() {
        // given the run's database, migrated from empty when it started
        Flyway flyway = Flyway.configure().dataSource(TestDatabase.persistence().dataSource()).locations("classpath:db/migration").load();

        // then every migration is applied and none is pending or changed since
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSize(flyway.info().all().length);
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void connectsToAnExternalServerByItsUrl() {
        // given the run's server, reached as any external one would be
        String url = DSL.using(TestDatabase.persistence().dataSource(), SQLDialect.POSTGRES)
                .fetchValue(DSL.field("'jdbc:postgresql://localhost:' || current_setting('port') || '/postgres'", String.class));

        // when
        try (PostgresPersistence external = PostgresPersistence.external(url, "postgres", "")) {
            // then
            assertThat(DSL.using(external.dataSource(), SQLDialect.POSTGRES).fetchValue(DSL.field("current_database()", String.class)))
                    .isEqualTo("postgres");
        }
    }

    private static String setting(DataSource dataSource, String name) {
        return DSL.using(dataSource, SQLDialect.POSTGRES).fetchValue(DSL.field("current_setting({0})", String.class, DSL.val(name)));
    }
}
