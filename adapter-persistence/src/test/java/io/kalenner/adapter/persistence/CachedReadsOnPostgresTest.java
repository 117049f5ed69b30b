package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.kalenner.application.World;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read cache of an instance on PostgreSQL (decisions.md D79): it answers from memory, and a
 * change made anywhere (this instance, another one, a hand in psql) is seen.
 */
@ExtendWith(TestDatabase.class)
class CachedReadsOnPostgresTest {

    private static final Duration A_MOMENT = Duration.ofSeconds(5);

    private PostgresPersistence database;
    private Ports ports;
    private Service yoga;

    @BeforeEach
    void aServiceReadOnceSoItIsKept() {
        World world = TestDatabase.emptyWorld();
        database = TestDatabase.persistence();
        ports = world.ports;
        yoga = world.service(world.specialist("Zoe"), "Yoga", Duration.ofHours(1));
        await().atMost(A_MOMENT).until(database::cacheServing);
        assertThat(ports.services().findById(yoga.id())).containsExactly(yoga);
        assertThat(ports.services().activeOf(yoga.provider())).containsExactly(yoga);
        assertThat(database.readCache().size(ReadCache.Region.SERVICE)).isEqualTo(1);
        assertThat(database.readCache().size(ReadCache.Region.ACTIVE_SERVICES_OF)).isEqualTo(1);
    }

    private DSLContext byHand() {
        return DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    }

    @Test
    void aChangeByAnotherInstanceIsSeenWithinAMoment() {
        // given a second instance on the same database
        HikariDataSource pool = (HikariDataSource) database.dataSource();
        try (PostgresPersistence other = PostgresPersistence.external(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            Ports otherPorts = other.ports(new RandomIdGenerator(), TestDatabase.CLOCK);
            Service renamed = yoga.edit("Pilates", yoga.duration(), yoga.price());

            // when
            otherPorts.transactions().inTransaction(() -> {
                otherPorts.services().save(renamed);
                return Either.right(renamed);
            });

            // then
            await().atMost(A_MOMENT).untilAsserted(() -> assertThat(ports.services().findById(yoga.id())).containsExactly(renamed));
        }
    }

    @Test
    void aChangeMadeByHandIsSeenWithinAMoment() {
        // when
        byHand().update(SERVICE).set(SERVICE.NAME, "Pilates").where(SERVICE.ID.eq(yoga.id().value())).execute();

        // then
        await().atMost(A_MOMENT).untilAsserted(() -> assertThat(ports.services().findById(yoga.id()).map(Service::name)).containsExactly("Pilates"));
        assertThat(ports.services().activeOf(yoga.provider()).map(Service::name)).containsExactly("Pilates");
    }

    @Test
    void aTransactionReadsItsOwnChangeAndARolledBackOneIsNotKept() {
        // given
        Service renamed = yoga.edit("Pilates", yoga.duration(), yoga.price());

        // when
        Either<Rejection, Object> result = ports.transactions().inTransaction(() -> {
            ports.services().save(renamed);
            assertThat(ports.services().findById(yoga.id())).containsExactly(renamed);
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(result.isLeft()).isTrue();
        assertThat(ports.services().findById(yoga.id())).containsExactly(yoga);
        assertThat(ports.services().findById(yoga.id())).containsExactly(yoga);
    }

    @Test
    void aCommittedChangeOfThisInstanceIsSeenAtOnce() {
        // given
        Service renamed = yoga.edit("Pilates", yoga.duration(), yoga.price());

        // when
        ports.transactions().inTransaction(() -> {
            ports.services().save(renamed);
            return Either.right(renamed);
        });

        // then, without waiting for the notice
        assertThat(ports.services().findById(yoga.id())).containsExactly(renamed);
    }

    @Test
    void aListenerThatLosesItsConnectionStopsTheCacheAndAChangeMadeMeanwhileIsSeenAfterwards() {
        // when the server ends the listener's session, and the service changes before it listens again
        byHand().fetch("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                CacheChangeListener.APPLICATION_NAME);
        await().atMost(A_MOMENT).pollInterval(Duration.ofMillis(5)).until(() -> !database.cacheServing());
        byHand().update(SERVICE).set(SERVICE.NAME, "Changed while nobody listened").where(SERVICE.ID.eq(yoga.id().value())).execute();

        // then the cache serves again, and not what it kept before
        await().atMost(A_MOMENT).until(database::cacheServing);
        assertThat(ports.services().findById(yoga.id()).map(Service::name)).containsExactly("Changed while nobody listened");
    }
}
