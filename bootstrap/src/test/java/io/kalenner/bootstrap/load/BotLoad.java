package io.kalenner.bootstrap.load;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.chat.SendLimits;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A load driver, not a test: simulated users on the Bot API stand-in, first against a bare
 * telegrambots echo bot, then against Kalenner (the bot on the booking core) on a durable embedded
 * PostgreSQL and on in-memory ports, each on a fresh stand-in. Each line runs in a JVM of its own,
 * started by this one, and is measured after rounds of the same line on the same bot that only warm
 * that JVM, as JMH's warm-up iterations do: in one JVM, whatever line ran before left the JIT's code
 * shaped for other classes (the echo bot's, the other storage's) and it recompiled during the next
 * line, and one round is not enough for the JIT to finish on two busy cores. Every line is
 * measured twice: closed loop (each user sends its next update as soon as the reply to the last one
 * arrived: the most the bot handles) and open loop at a target rate (users spread evenly over it:
 * the latency at that load). Latency runs from the update being queued at the stand-in to the bot's reply arriving
 * there. Run: {@code ./mvnw -B -ntp -pl bootstrap -am -Pbot-load process-test-classes}
 * (arguments: seconds per measurement, users, target updates per second, warm-up rounds; default 10,
 * 100, 100, 8).
 */
public record BotLoad(Duration measured, int users, double rate, int warmUpRounds) {

    /** The weekdays from Tuesday to the Friday after next: nine days, each bookable all day long. */
    private static final int DAYS = 9;
    /** The hours a day a client can start at, 08:00 to 21:00. */
    private static final int HOURS = 14;

    private static final String TOKEN = "6060:load-driver";
    /** Monday 2026-11-30 06:00 UTC: the dates offered for booking are then always the same. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    /** Long enough for the send limits' backlog: a user waits its turn behind the others. */
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    private static final String SPECIALIST = "Анна";

    /** How a line's JVM hands its figures to the driver: one line of its output starting with this. */
    private static final String RESULT = "LINE\t";

    /** The lines, in the order they run and print; the first is what the others are compared with. */
    private enum Kind { ECHO, POSTGRES, MEMORY, POSTGRES_WITH_TELEGRAMS_LIMITS }

    public BotLoad {
        if (users > DAYS * HOURS) {
            throw new IllegalArgumentException("at most " + DAYS * HOURS + " users: each books a time of its own, " + DAYS
                    + " days of " + HOURS + " hours");
        }
    }

    /** Arguments: seconds per measurement, users, target updates per second, warm-up rounds; then, in a line's own JVM, the line. */
    public static void main(String[] args) throws Exception {
        BotLoad load = new BotLoad(Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10),
                args.length > 1 ? Integer.parseInt(args[1]) : 100, args.length > 2 ? Double.parseDouble(args[2]) : 100,
                args.length > 3 ? Integer.parseInt(args[3]) : 8);
        if (args.length > 4) {
            System.out.println(RESULT + load.line(Kind.valueOf(args[4])).encoded());
        } else {
            load.run();
        }
    }

    private void run() throws Exception {
        System.out.printf("%d cores, max heap %,d MB, Java %s; %d users, %s warm-up then %s per measurement, open loop at %.0f updates/s;"
                        + " each line in its own JVM, after %d closed-loop rounds of it that warm that JVM%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                users, WARM_UP, measured, rate, warmUpRounds);
        List<Line> lines = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            lines.add(inItsOwnJvm(kind));
        }
        print(lines);
    }

    /** Runs one line in a new JVM with this one's options and class path, passing its output through. */
    private Line inItsOwnJvm(Kind kind) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a flight recording per line, not each line writing over the last one's
            command.add(option.replaceAll("filename=([^,]*)\\.jfr", "filename=$1-" + kind.name().toLowerCase(Locale.ROOT) + ".jfr"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BotLoad.class.getName(),
                Long.toString(measured.toSeconds()), Integer.toString(users), Double.toString(rate), Integer.toString(warmUpRounds), kind.name()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Line result = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = Line.decoded(line.substring(RESULT.length()));
                } else {
                    System.out.println(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the JVM of the line " + kind + " ended with " + exit + (result == null ? " and no figures" : ""));
        }
        return result;
    }

    /** One line in this JVM. */
    private Line line(Kind kind) throws Exception {
        return switch (kind) {
            case ECHO -> echo();
            case POSTGRES -> kalennerOnPostgres("Kalenner, PostgreSQL, limits lifted", SendLimits.liftedForMeasurement(), true);
            case MEMORY -> kalenner("Kalenner, in memory, limits lifted", InMemoryPorts.create(CLOCK), SendLimits.liftedForMeasurement(), true);
            case POSTGRES_WITH_TELEGRAMS_LIMITS -> kalennerOnPostgres("Kalenner, PostgreSQL, Telegram's limits", new SendLimits(), false);
        };
    }

    // ---- the bots

    private Line echo() throws Exception {
        try (BotApiServer telegram = BotApiServer.start(TOKEN); BareEchoBot bot = BareEchoBot.start(telegram)) {
            List<TelegramUser> chats = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                chats.add(telegram.newUser("Echo " + i, "ru"));
            }
            Line line = measure("echo bot (telegrambots, synchronous)", telegram, chats, List.of(new Step(u -> u.sendText("ping"), m -> true)), true);
            if (bot.failures() > 0) {
                System.out.printf("  the echo bot failed %d sends%n", bot.failures());
            }
            return line;
        }
    }

    private Line kalennerOnPostgres(String name, SendLimits limits, boolean closedLoop) throws Exception {
        Path directory = Files.createTempDirectory("kalenner-bot-load");
        // durable, as the program runs it (D8): use cases commit to the disk; receipts do not wait for it (D64)
        try (PostgresPersistence database = PostgresPersistence.embedded(directory.resolve("postgres"))) {
            return kalenner(name, database.ports(new RandomIdGenerator(), CLOCK), limits, closedLoop);
        }
    }

    private Line kalenner(String name, Ports ports, SendLimits limits, boolean closedLoop) throws Exception {
        BookingCore core = new BookingCore(ports);
        try (BotApiServer telegram = BotApiServer.start(TOKEN);
                TelegramBot bot = TelegramBot.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl())), core, CLOCK, limits)) {
            String invitation = core.createClientInvitation().create(specialist(core, telegram).id()).get().code().value();
            List<TelegramUser> clients = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                TelegramUser user = telegram.newUser("Клиент " + i, "ru");
                core.acceptInvitation().accept(account(core, user).id(), new AcceptInvitation.Command(invitation)).get();
                clients.add(user);
            }
            return measure(name, telegram, clients, clientVisit(), closedLoop);
        }
    }

    /**
     * What a client does, round after round: the main menu, their appointments, the providers
     * list and a provider's card, then the booking screens down to a time, the request confirmed
     * (the specialist is notified), their appointments again, and the new one cancelled (the
     * specialist is notified again), so the calendar never fills up. Every client books a time of
     * its own (a weekday of the coming two weeks and an hour, from its number), so no two of them
     * race for one slot. Every step waits for the reply it expects, so a late message of one step
     * is never taken for the next one's.
     */
    private static List<Step> clientVisit() {
        String card = "👤 " + SPECIALIST;
        return List.of(
                new Step(u -> u.sendText("/start"), m -> m.text().contains("Главное меню")),
                new Step(u -> u.pressReplyButton("Записи"), m -> m.text().contains("нет запланированных записей") || m.text().contains("Ваши записи")),
                new Step(u -> u.pressReplyButton("Список специалистов"), m -> m.text().contains("Ваши специалисты и организации")),
                new Step(u -> u.pressButton(card), m -> m.text().contains("Выберите действие")),
                new Step(u -> u.pressButton("« Список специалистов"), m -> m.text().contains("Ваши специалисты и организации")),
                new Step(u -> u.pressReplyButton("Запросить запись"), m -> m.text().contains("Выберите специалиста")),
                new Step(u -> u.pressButton(card), m -> m.text().contains("Выберите услугу")),
                new Step(u -> u.pressButton("Консультация · 60 мин · 3000 ₽"), m -> m.text().contains("Выберите дату")),
                new Step(u -> u.pressButton(ownDay(u)), m -> m.text().contains("выберите время")),
                new Step(u -> u.pressButton(ownHour(u)), m -> m.text().contains("Проверьте запись")),
                new Step(u -> u.pressButton("Подтвердить"), m -> m.text().contains("Запрос отправлен")),
                new Step(u -> u.pressReplyButton("Записи"), m -> m.text().contains("Ваши записи")),
                new Step(u -> u.pressButton(onlyAppointment(u)), m -> hasButton(m, "Отменить")),
                new Step(u -> u.pressButton("Отменить"), m -> m.text().contains("Отменить эту запись?")),
                new Step(u -> u.pressButton("Да, отменить"), m -> m.text().contains("Информация о встрече:")));
    }

    /** The client's day: one of the nine weekdays after today on the date screen, by its number. */
    private static String ownDay(TelegramUser user) {
        List<String> days = user.lastBotMessage().inlineButtonLabels().stream().flatMap(List::stream).toList();
        return days.get(1 + number(user) % DAYS);
    }

    /** The client's hour on its day (08:00 to 19:00 for a hundred clients), free of every other client's. */
    private static String ownHour(TelegramUser user) {
        return String.format(Locale.ROOT, "%02d:00", 8 + number(user) / DAYS);
    }

    /** The one upcoming appointment on the client's list, booked a step before. */
    private static String onlyAppointment(TelegramUser user) {
        return user.lastBotMessage().inlineButtonLabels().stream().flatMap(List::stream)
                .filter(label -> !label.equals("Прошедшие записи")).findFirst()
                .orElseThrow(() -> new AssertionError("no appointment on " + user.lastBotMessage().text()));
    }

    private static boolean hasButton(ChatMessage message, String label) {
        return message.inlineButtonLabels().stream().anyMatch(row -> row.contains(label));
    }

    /** The client's number, from its name ("Клиент 7"). */
    private static int number(TelegramUser user) {
        return Integer.parseInt(user.firstName().substring(user.firstName().lastIndexOf(' ') + 1));
    }

    /** A specialist with a service and working hours, who wrote to the bot once. */
    private static Account specialist(BookingCore core, BotApiServer telegram) {
        TelegramUser user = telegram.newUser(SPECIALIST, "ru");
        Account specialist = core.registerAsProvider().register(account(core, user).id(),
                new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        core.addService().add(specialist.id(), new AddService.Command("Консультация", Duration.ofMinutes(60), Money.of(300000, "RUB"))).get();
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 08:00-22:00").get())).get();
        user.sendText("/start");
        user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        return specialist;
    }

    private static Account account(BookingCore core, TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
    }

    // ---- measuring

    /** A line compared with the echo bot (one with a closed loop) first runs the warm-up rounds on the same bot and users. */
    private Line measure(String name, BotApiServer telegram, List<TelegramUser> chats, List<Step> visit, boolean closedLoop) {
        int[] nextStep = new int[chats.size()];
        for (int round = 1; closedLoop && round <= warmUpRounds; round++) {
            System.out.printf("  %s: warm-up round %d of %d, %,.0f updates/s (not compared)%n", name, round, warmUpRounds,
                    drive(chats, visit, nextStep, Pacing.CLOSED).perSecond());
        }
        Run closed = closedLoop ? drive(chats, visit, nextStep, Pacing.CLOSED) : Run.NONE;
        Run open = drive(chats, visit, nextStep, new Pacing(rate, chats.size()));
        Line line = Line.of(name, closed, open, telegram.violations().size());
        System.out.println(line.row());
        return line;
    }

    /** Every user on its own thread; each waits for the reply to its update before it sends the next. */
    private Run drive(List<TelegramUser> chats, List<Step> visit, int[] nextStep, Pacing pacing) {
        long start = System.nanoTime();
        long measuring = start + WARM_UP.toNanos();
        long end = measuring + measured.toNanos();
        List<long[]> latencies = new ArrayList<>();
        long[] timeouts = new long[chats.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < chats.size(); i++) {
            int chat = i;
            long[][] own = {new long[1024]};
            int[] count = {0};
            Thread thread = new Thread(() -> {
                TelegramUser user = chats.get(chat);
                for (long turn = 0; ; turn++) {
                    waitUntil(pacing.due(start, chat, turn));
                    if (System.nanoTime() >= end) {
                        break;
                    }
                    Step step = visit.get(nextStep[chat]++ % visit.size());
                    long queued = System.nanoTime();
                    try {
                        step.action().accept(user);
                        user.awaitBotMessage(step.reply(), REPLY_TIMEOUT);
                    } catch (AssertionError late) {
                        timeouts[chat]++;
                        continue;
                    }
                    long replied = System.nanoTime();
                    if (queued >= measuring && replied < end) {
                        if (count[0] == own[0].length) {
                            own[0] = Arrays.copyOf(own[0], own[0].length * 2);
                        }
                        own[0][count[0]++] = replied - queued;
                    }
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(own[0], count[0]));
                }
            }, "load-user-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", interrupted);
            }
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(all, measured, Arrays.stream(timeouts).sum());
    }

    private static void waitUntil(long due) {
        long left;
        while ((left = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    // ---- the report

    private void print(List<Line> lines) {
        System.out.println();
        System.out.printf("| %-40s | %12s | %12s | %8s | %8s | %8s | %8s |%n", "bot", "max upd/s", "upd/s at " + (long) rate,
                "p50 ms", "p99 ms", "max ms", "timeouts");
        System.out.printf("| %-40s | %12s | %12s | %8s | %8s | %8s | %8s |%n", "-".repeat(40), "-".repeat(11) + ":", "-".repeat(11) + ":",
                "-".repeat(7) + ":", "-".repeat(7) + ":", "-".repeat(7) + ":", "-".repeat(7) + ":");
        lines.forEach(line -> System.out.println(line.row()));
        Line echo = lines.get(0);
        System.out.println();
        for (Line line : lines.subList(1, lines.size())) {
            if (!Double.isNaN(line.maxPerSecond())) {
                System.out.printf("%-40s throughput %.2f of the echo bot's (goal >= 0.5: %s); p99 at %.0f/s %.1f ms, echo %.1f ms (goal < 50 ms: %s)%n",
                        line.name(), line.maxPerSecond() / echo.maxPerSecond(),
                        line.maxPerSecond() >= 0.5 * echo.maxPerSecond() ? "met" : "NOT met",
                        rate, line.p99Millis(), echo.p99Millis(),
                        line.p99Millis() < 50 && line.openTimeouts() == 0 ? "met" : "NOT met");
            }
        }
        System.out.printf("With Telegram's limits kept (about 30 sends a second overall, one a second per chat), no bot answers more than"
                + " ~29 updates a second on one token, whatever its speed: at %.0f updates/s the replies queue, as the last line shows.%n", rate);
    }

    private record Step(Consumer<TelegramUser> action, Predicate<ChatMessage> reply) {}

    /** When a user sends its next update: at once (closed loop), or on its turn of an even schedule at the target rate. */
    private record Pacing(double perSecond, int chats) {

        static final Pacing CLOSED = new Pacing(0, 0);

        long due(long start, int chat, long turn) {
            return perSecond == 0 ? start : start + (long) ((turn * chats + chat) * 1e9 / perSecond);
        }
    }

    /** The latencies (ns, sorted) of the updates sent and answered within the measured time. */
    private record Run(long[] latencies, Duration measured, long timeouts) {

        static final Run NONE = new Run(new long[0], Duration.ofSeconds(1), 0);

        double perSecond() {
            return latencies.length / (measured.toNanos() / 1e9);
        }

        double percentileMillis(double fraction) {
            return latencies.length == 0 ? Double.NaN : latencies[Math.min(latencies.length - 1, (int) (latencies.length * fraction))] / 1e6;
        }
    }

    /**
     * A line's figures: the closed loop's updates a second (NaN when it had none), and the open
     * loop's updates a second and latencies.
     */
    private record Line(String name, double maxPerSecond, double openPerSecond, double p50Millis, double p99Millis, double maxMillis,
            long closedTimeouts, long openTimeouts, int violations) {

        static Line of(String name, Run closed, Run open, int violations) {
            return new Line(name, closed == Run.NONE ? Double.NaN : closed.perSecond(), open.perSecond(), open.percentileMillis(0.5),
                    open.percentileMillis(0.99), open.percentileMillis(1.0), closed.timeouts(), open.timeouts(), violations);
        }

        /** Tab-separated, in the order of the fields; the name has no tab. */
        String encoded() {
            return String.join("\t", name, Double.toString(maxPerSecond), Double.toString(openPerSecond), Double.toString(p50Millis),
                    Double.toString(p99Millis), Double.toString(maxMillis), Long.toString(closedTimeouts), Long.toString(openTimeouts),
                    Integer.toString(violations));
        }

        static Line decoded(String encoded) {
            String[] f = encoded.split("\t");
            return new Line(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Integer.parseInt(f[8]));
        }

        String row() {
            String max = Double.isNaN(maxPerSecond) ? "-" : String.format("%,.0f", maxPerSecond);
            return String.format("| %-40s | %12s | %,12.0f | %8.2f | %8.2f | %8.2f | %8d |%s", name, max, openPerSecond,
                    p50Millis, p99Millis, maxMillis, closedTimeouts + openTimeouts,
                    violations == 0 ? "" : " " + violations + " Bot API violations");
        }
    }
}
