package io.kalenner.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/embedding.md, compiled and run. The guide's Java blocks are the regions
 * between the {@code tag::} and {@code end::} comments below, and the last test fails when the
 * two drift apart.
 */
class EmbeddingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "embedding.md");

    @Test
    void wiringTheCoreInMemory() {
        // tag::wiring[]
        Clock clock = Clock.systemUTC();
        Ports ports = InMemoryPorts.create(clock);   // every outbound port, in memory
        BookingCore core = new BookingCore(ports);   // every use case, wired to them

        Account zoe = core.identifyUser().identify(
                new IdentifyUser.Command(new TelegramUserId(1001), "Zoe", Language.EN));
        // end::wiring[]
        assertThat(core.ports()).isSameAs(ports);
        assertThat(zoe.displayName()).isEqualTo("Zoe");
    }

    @Test
    void theWholeFlowInviteRequestAcceptPayComplete() {
        // tag::flow[]
        // A clock the story moves; a real embedder passes its own (Clock.systemUTC()).
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-07T06:00:00Z"));
        Clock clock = new Clock() {
            @Override public Instant instant() { return now.get(); }
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
        };
        BookingCore core = new BookingCore(InMemoryPorts.create(clock));

        // A specialist with a service and working hours (in her own time setting, UTC+03:00 by default)
        Account zoe = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(1), "Zoe", Language.EN));
        zoe = core.registerAsProvider().register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        Service consultation = core.addService().add(zoe.id(),
                new AddService.Command("Consultation", Duration.ofMinutes(60), Money.of(50_00, "EUR"))).get();
        core.setSchedule().set(zoe.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("mon-fri 09:00-18:00").get())).get();

        // invite: the client opens Zoe's invitation
        String invitation = core.createClientInvitation().create(zoe.id()).get().code().value();
        Account anna = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(2), "Anna", Language.EN));
        core.acceptInvitation().accept(anna.id(), new AcceptInvitation.Command(invitation)).get();

        // request: the first free slot of the coming week
        List<Instant> slots = core.listFreeSlots().freeSlots(anna.id(),
                new ListFreeSlots.Command(consultation.id(), new TimeRange(now.get(), now.get().plus(Duration.ofDays(7))))).get();
        Appointment requested = core.requestAppointment().request(anna.id(),
                new RequestAppointment.Command(consultation.id(), slots.head())).get();

        // accept, pay, and after the start, complete
        core.answerRequest().accept(zoe.id(), requested.id()).get();
        core.recordPayment().record(zoe.id(), requested.id(), Money.of(50_00, "EUR")).get();
        now.set(slots.head().plus(Duration.ofMinutes(60)));
        Appointment completed = core.closeAppointment().complete(zoe.id(), requested.id()).get();

        // Each step above also left a notification for the other side in core.ports().outbox().
        // end::flow[]
        assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(completed.balance()).isEqualTo(Money.of(0, "EUR"));
        assertThat(core.ports().outbox().depth()).isEqualTo(4); // requested, accepted, paid, completed
    }

    @Test
    void theGuideShowsExactlyTheCodeThatRunsHere() throws IOException {
        String guide = Files.readString(GUIDE);
        String source = Files.readString(Path.of("src", "test", "java", "io", "kalenner", "application", "EmbeddingGuideTest.java"));
        for (String tag : new String[] {"wiring", "flow"}) {
            assertThat(guide).as("docs/embedding.md shows the '%s' region of this test", tag).contains(region(source, tag));
        }
    }

    /** The lines between the tag comments, without the indentation they share. */
    private static String region(String source, String tag) {
        Matcher lines = Pattern.compile("// tag::" + tag + "\\[]\\n(.*?)\\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL).matcher(source);
        assertThat(lines.find()).as("region " + tag).isTrue();
        String body = lines.group(1);
        int indent = body.lines().filter(line -> !line.isBlank()).mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", body.lines().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }
}
