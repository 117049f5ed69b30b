package io.kalenner.adapter.persistence.load;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A load driver, not a test: appointment requests per second through the whole use case on a
 * durable embedded PostgreSQL, beside the raw rate of a single-row insert under the same
 * exclusion constraint, with one and with four clients, after a round of the use case that only
 * warms the JVM; then the answer times of clients racing for the same slots.
 * Run: {@code ./mvnw -B -ntp -o -pl adapter-persistence -am -Pload process-test-classes}
 * (arguments: seconds per measurement, default 10; then {@code statements} to restart the server
 * with {@code pg_stat_statements} and print, after each use-case line, the statements it ran per
 * request).
 */
public final class BookingLoad {

    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final int SPECIALISTS_PER_CLIENT_THREAD = 20;

    private BookingLoad() {}

    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        boolean statements = args.length > 1 && args[1].equals("statements");
        Path directory = Files.createTempDirectory("kalenner-load");
        if (statements) {
            Statements.preload(directory.resolve("postgres"));
        }
        try (PostgresPersistence database = PostgresPersistence.embedded(directory.resolve("postgres"))) {
            BookingCore core = new BookingCore(database.ports(new RandomIdGenerator(), Clock.systemUTC()));
            System.out.printf("durable embedded PostgreSQL, %d cores, %s per measurement%n", Runtime.getRuntime().availableProcessors(), each);
            System.out.printf("%-44s %8s %10s%n", "what", "clients", "per second");
            // the JIT compiles the use case's path (jOOQ's above all) for seconds: a round before
            // the lines, not compared, keeps the first of them from paying for it
            report("JVM warm-up (the use case, not compared)", 4, requests(core, 4, each));
            for (int clients : new int[] {1, 4}) {
                report("raw INSERT under the exclusion constraint", clients, rawInserts(database.dataSource(), core, clients, each));
                if (statements) {
                    Statements.reset(database.dataSource());
                }
                report("RequestAppointment use case", clients, requests(core, clients, each));
                if (statements) {
                    Statements.print(database.dataSource());
                }
            }
            contended(core);
        }
    }

    private static void report(String what, int clients, double perSecond) {
        System.out.printf("%-44s %8d %,10.0f%n", what, clients, perSecond);
    }

    /** One INSERT a transaction (autocommit), each row its own specialist's next half hour. */
    private static double rawInserts(DataSource dataSource, BookingCore core, int clients, Duration each) throws Exception {
        List<Booking> setups = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            setups.add(setUp(core, "raw " + clients + "/" + i, 1).get(0));
        }
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Connection connection = dataSource.getConnection();
            connections.add(connection);
            inserts.add(connection.prepareStatement("""
                    INSERT INTO appointment (id, provider_id, specialist_id, client_id, service_id, starts_at, ends_at,
                        currency, price_minor, paid_minor, status, reason, requested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'RUB', 300000, 0, 'PENDING', NULL, now())
                    """));
        }
        Instant start = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.HOURS);
        try {
            return run(clients, each, thread -> {
                Booking booking = setups.get(thread);
                PreparedStatement insert = inserts.get(thread);
                return () -> {
                    Instant from = start.plus(SLOT.multipliedBy(booking.next.getAndIncrement()));
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, booking.specialist.id().value());
                    insert.setObject(3, booking.specialist.id().value());
                    insert.setObject(4, booking.client.id().value());
                    insert.setObject(5, booking.service.id().value());
                    insert.setTimestamp(6, Timestamp.from(from));
                    insert.setTimestamp(7, Timestamp.from(from.plus(SLOT)));
                    insert.executeUpdate();
                    return true;
                };
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** The whole use case: authorization, the schedule's check, the advisory lock, the insert and the outbox row. */
    private static double requests(BookingCore core, int clients, Duration each) throws Exception {
        List<List<Booking>> perThread = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            perThread.add(setUp(core, "use case " + clients + "/" + i, SPECIALISTS_PER_CLIENT_THREAD));
        }
        Instant firstSlot = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        return run(clients, each, thread -> {
            List<Booking> bookings = perThread.get(thread);
            AtomicLong turn = new AtomicLong();
            return () -> {
                Booking booking = bookings.get((int) (turn.getAndIncrement() % bookings.size()));
                Either<Rejection, Appointment> answer;
                do {
                    Instant start = firstSlot.plus(SLOT.multipliedBy(booking.next.getAndIncrement()));
                    answer = core.requestAppointment().request(booking.client.id(), new RequestAppointment.Command(booking.service.id(), start));
                    // 23:30 is no slot: the working day ends at 23:59, so a half hour from then does not fit
                } while (answer.isLeft() && answer.getLeft().reason() == Rejection.Reason.SLOT_NOT_OFFERED);
                if (answer.isLeft()) {
                    throw new IllegalStateException("a free slot was refused: " + answer.getLeft());
                }
                return true;
            };
        });
    }

    /** Eight clients at once for the same slots of one specialist, round after round: how long does each wait for its answer? */
    private static void contended(BookingCore core) throws Exception {
        int racers = 8;
        int rounds = 200;
        Booking booking = setUp(core, "contended", 1).get(0);
        List<Account> clients = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            clients.add(client(core, "racer " + i, booking));
        }
        Instant from = Instant.now().plus(Duration.ofDays(2));
        io.vavr.collection.List<Instant> offered = core.listFreeSlots().freeSlots(clients.get(0).id(),
                new ListFreeSlots.Command(booking.service.id(), new TimeRange(from, from.plus(Duration.ofDays(7))))).get().take(rounds);
        long[] waits = new long[racers * rounds];
        long winners = 0;
        for (int round = 0; round < rounds; round++) {
            Instant slot = offered.get(round);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            long[] roundWaits = new long[racers];
            boolean[] won = new boolean[racers];
            for (int i = 0; i < racers; i++) {
                int racer = i;
                Thread thread = new Thread(() -> {
                    awaitQuietly(go);
                    long started = System.nanoTime();
                    won[racer] = core.requestAppointment()
                            .request(clients.get(racer).id(), new RequestAppointment.Command(booking.service.id(), slot)).isRight();
                    roundWaits[racer] = System.nanoTime() - started;
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            System.arraycopy(roundWaits, 0, waits, round * racers, racers);
            for (boolean w : won) {
                winners += w ? 1 : 0;
            }
        }
        Arrays.sort(waits);
        System.out.printf("contended: %d clients x %d slots, %d winners (one a slot); answer time p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                racers, rounds, winners, waits[waits.length / 2] / 1e6, waits[(int) (waits.length * 0.99)] / 1e6, waits[waits.length - 1] / 1e6);
    }

    /** Runs the calls of each client thread for the duration after a warm-up, and gives the rate of all of them together. */
    private static double run(int clients, Duration each, ThrowingFactory factory) throws Exception {
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(clients);
        long warmUpEnds = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long ends = warmUpEnds + each.toNanos();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < clients; i++) {
            int thread = i;
            Thread worker = new Thread(() -> {
                try {
                    ThrowingCall call = factory.forThread(thread);
                    ready.countDown();
                    long now;
                    while ((now = System.nanoTime()) < ends) {
                        call.run();
                        if (now >= warmUpEnds) {
                            done.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                    ready.countDown();
                }
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread worker : threads) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return done.get() / (each.toNanos() / 1e9);
    }

    /** Specialists working around the clock, each with one client, a service and the next slot to ask for. */
    private static List<Booking> setUp(BookingCore core, String prefix, int specialists) {
        List<Booking> bookings = new ArrayList<>();
        WorkingHours allDay = io.vavr.collection.List.of(DayOfWeek.values())
                .foldLeft(WorkingHours.NONE, (hours, day) -> hours.with(day, LocalInterval.of("00:00", "23:59")));
        for (int i = 0; i < specialists; i++) {
            Account specialist = core.registerAsProvider().register(identify(core, prefix + " specialist " + i).id(),
                    new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
            core.setSchedule().set(specialist.id(), new Schedule(allDay, Duration.ZERO, Duration.ofHours(2), Duration.ofDays(3650), Option.none())).get();
            Service service = core.addService().add(specialist.id(), new AddService.Command("Консультация", SLOT, Money.of(300_000, "RUB"))).get();
            Booking booking = new Booking(specialist, null, service, new AtomicLong());
            bookings.add(new Booking(specialist, client(core, prefix + " client " + i, booking), service, booking.next));
        }
        return bookings;
    }

    private static Account client(BookingCore core, String name, Booking of) {
        Account client = identify(core, name);
        String code = core.createClientInvitation().create(of.specialist.id()).get().code().value();
        core.acceptInvitation().accept(client.id(), new AcceptInvitation.Command(code)).get(); // answers the provider who invited
        return client;
    }

    private static final AtomicLong TELEGRAM_USERS = new AtomicLong(System.currentTimeMillis());

    private static Account identify(BookingCore core, String name) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(TELEGRAM_USERS.incrementAndGet()), name, Language.RU));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Booking(Account specialist, Account client, Service service, AtomicLong next) {}

    @FunctionalInterface
    private interface ThrowingCall {
        boolean run() throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingFactory {
        ThrowingCall forThread(int thread) throws Exception;
    }
}
