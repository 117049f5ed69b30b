package io.kalenner.adapter.telegram.booking;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Запросить запись}: one message that is edited as the client goes provider → service →
 * (for an organization: one of its specialists, or {@code Любой} for whoever is free) → date →
 * time → {@code Подтвердить}. Only dates with free slots are offered, times in the client's own
 * setting; a time taken meanwhile gets a clear answer and fresh choices. A chosen specialist
 * rides along as the last argument of the date, time and confirm buttons; without it the
 * booking takes any free specialist (D76).
 */
public final class BookingFlow {

    public static final String PROVIDER = "bp";
    public static final String SERVICE = "bs";
    /** {@code bm:<service>:<specialist>}, or {@code bm:<service>:-} for {@code Любой}. */
    public static final String SPECIALIST = "bm";
    public static final String DATE = "bd";
    public static final String TIME = "bt";
    public static final String CONFIRM = "bc";

    /** The specialist argument of {@code Любой}. */
    private static final String ANY = "-";

    /** What the descriptions of the service question may take of a message, leaving room for the question. */
    private static final int MESSAGE_BUDGET = 3800;

    /** How far ahead the date choice looks. */
    static final Duration DATE_WINDOW = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(BookingFlow.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final Clock clock;

    public BookingFlow(BookingCore core, Outgoing outgoing, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** The menu entry: a new message with the client's providers. */
    public void begin(Conversation conversation) {
        List<Account> providers = core.listMyProviders().providers(conversation.account().id());
        Screen screen = providers.isEmpty()
                ? Screen.text(conversation.text("booking.no-providers"))
                : new Screen(conversation.text("booking.choose-provider"), Keyboards.grid(
                        providers.map(p -> button(providerLabel(p), CallbackData.of(PROVIDER, p.id().value()))), 1));
        outgoing.call(screen.sendTo(conversation.chatId()));
    }

    /** Handles a press on one of this flow's buttons, replacing the flow's message. */
    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Option<Either<Rejection, Screen>> next = switch (data.action()) {
            case PROVIDER -> data.uuid(0).map(id -> services(conversation, new AccountId(id)));
            case SERVICE -> data.uuid(0).map(id -> specialistsOrDates(conversation, new ServiceId(id)));
            case SPECIALIST -> data.uuid(0).map(id -> dates(conversation, new ServiceId(id), chosen(data, 1)));
            case DATE -> data.uuid(0).flatMap(id -> data.date(1).map(date -> times(conversation, new ServiceId(id), date, chosen(data, 2),
                    "booking.choose-time")));
            case TIME -> data.uuid(0).flatMap(id -> data.instant(1).map(start -> confirmation(conversation, new ServiceId(id), start,
                    chosen(data, 2))));
            case CONFIRM -> data.uuid(0).flatMap(id -> data.instant(1).map(start -> request(conversation, new ServiceId(id), start,
                    chosen(data, 2))));
            default -> Option.none();
        };
        if (next.isEmpty()) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        return next.get().fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                screen -> {
                    outgoing.call(screen.replace(conversation.chatId(), messageId));
                    return CallbackAnswer.NONE;
                });
    }

    private Either<Rejection, Screen> services(Conversation conversation, AccountId provider) {
        return core.listServices().services(conversation.account().id(), provider).map(services -> services.isEmpty()
                ? Screen.text(conversation.text("booking.no-services"))
                : new Screen(conversation.text("booking.choose-service") + descriptions(services), Keyboards.grid(services.map(service -> button(
                        serviceLabel(conversation, service), CallbackData.of(SERVICE, service.id().value()))), 1)));
    }

    /**
     * The services' descriptions under the service question, each shortened to its share of a
     * message (Telegram's 4096 characters), so that many services cannot make it too long.
     */
    static String descriptions(List<Service> services) {
        List<Service> described = services.filter(service -> service.description().isDefined());
        if (described.isEmpty()) {
            return "";
        }
        int share = Math.max(MESSAGE_BUDGET / described.size() - 8, 16);
        return shortened(described.map(service -> shortened("▫️ " + service.name() + ": " + service.description().get(), share))
                .mkString("\n\n", "\n", ""), MESSAGE_BUDGET);
    }

    private static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 2)) ? length - 2 : length - 1; // never half an emoji
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** A service as a button names it: name, minutes and price. */
    static String serviceLabel(Conversation conversation, Service service) {
        return conversation.text("booking.service-button", service.name(), service.duration().toMinutes(),
                conversation.formats().money(service.price()));
    }

    /** An organization's service asks whom to book with first; a specialist's goes straight to the dates. */
    private Either<Rejection, Screen> specialistsOrDates(Conversation conversation, ServiceId serviceId) {
        return service(conversation, serviceId).flatMap(service -> provider(conversation, service.provider()).flatMap(provider ->
                provider.isOrganization() ? specialists(conversation, service, provider) : dates(conversation, serviceId, Option.none())));
    }

    private Either<Rejection, Screen> specialists(Conversation conversation, Service service, Account organization) {
        return core.listOrganizationSpecialists().performing(conversation.account().id(), service.id()).map(members -> members.isEmpty()
                ? Screen.text(conversation.text("booking.no-specialists"))
                : new Screen(conversation.text("booking.choose-specialist"), Keyboards.grid(members
                        .map(member -> button(providerLabel(member), CallbackData.of(SPECIALIST, service.id().value(), member.id().value())))
                        .append(button(conversation.text("booking.any-specialist"), CallbackData.of(SPECIALIST, service.id().value(), ANY))), 1)));
    }

    /** The specialist chosen on an earlier screen, carried at that argument; none for {@code Любой} or when absent. */
    private static Option<AccountId> chosen(CallbackData data, int argument) {
        return data.uuid(argument).map(AccountId::new);
    }

    /** A button's data with the chosen specialist, if any, as its last argument. */
    private static CallbackData withChosen(String action, Option<AccountId> specialist, Object... arguments) {
        return CallbackData.of(action, specialist.isEmpty() ? arguments
                : List.of(arguments).append(specialist.get().value()).toJavaArray());
    }

    private Either<Rejection, Screen> dates(Conversation conversation, ServiceId service, Option<AccountId> specialist) {
        Instant now = clock.instant();
        return slots(conversation, service, new TimeRange(now, now.plus(DATE_WINDOW)), specialist).map(slots -> {
            List<LocalDate> days = slots.map(conversation.formats()::localDate).distinct();
            return days.isEmpty()
                    ? Screen.text(conversation.text("booking.no-dates"))
                    : new Screen(conversation.text("booking.choose-date"), Keyboards.grid(days.map(day -> button(
                            conversation.formats().dayButton(day), withChosen(DATE, specialist, service.value(), day))), 3));
        });
    }

    private Either<Rejection, Screen> times(Conversation conversation, ServiceId service, LocalDate day, Option<AccountId> specialist,
            String headingKey) {
        var zone = conversation.account().timeSetting().zone();
        TimeRange wholeDay = new TimeRange(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        return slots(conversation, service, wholeDay, specialist).map(slots -> slots.isEmpty()
                ? Screen.text(conversation.text("booking.no-times"))
                : new Screen(conversation.text(headingKey, conversation.formats().dayButton(day)), Keyboards.grid(slots.map(start -> button(
                        conversation.formats().time(start), withChosen(TIME, specialist, service.value(), start))), 4)));
    }

    private Either<Rejection, Screen> confirmation(Conversation conversation, ServiceId serviceId, Instant start, Option<AccountId> specialist) {
        return service(conversation, serviceId).flatMap(service -> provider(conversation, service.provider())
                .map(provider -> new Screen(
                        conversation.text("booking.confirm", provider.displayName(), service.name(),
                                conversation.formats().dateTime(start), conversation.formats().money(service.price()))
                                + performer(conversation, provider, specialist)
                                + willPay(conversation, service, start),
                        Keyboards.grid(List.of(button(conversation.text("booking.confirm-button"),
                                withChosen(CONFIRM, specialist, serviceId.value(), start))), 1))));
    }

    /** For an organization, a line naming the chosen specialist, or saying any free one will do; nothing for a specialist. */
    private String performer(Conversation conversation, Account provider, Option<AccountId> specialist) {
        if (!provider.isOrganization()) {
            return "";
        }
        return "\n" + specialist.flatMap(id -> member(conversation, provider.id(), id))
                .map(member -> conversation.text("booking.specialist", member.displayName()))
                .getOrElse(() -> conversation.text("booking.specialist-any"));
    }

    private Option<Account> member(Conversation conversation, AccountId organization, AccountId specialist) {
        return core.listOrganizationSpecialists().specialists(conversation.account().id(), organization).getOrElse(List.empty())
                .find(member -> member.id().equals(specialist));
    }

    /**
     * The package that will pay for the booking, the oldest with a session left that has not expired
     * by the start, on a line of its own; nothing when none will (D53, D67). The request itself
     * decides, so this is what it will find.
     */
    private String willPay(Conversation conversation, Service service, Instant start) {
        return core.listMyPackages().fromProvider(conversation.account().id(), service.provider()).getOrElse(List.empty())
                .find(p -> p.service().id().equals(service.id()) && p.standing().coversStartAt(start))
                .map(p -> "\n" + conversation.text("packages.will-pay", p.service().name(), p.standing().remaining(),
                        p.standing().purchase().sessions()))
                .getOrElse("");
    }

    private Either<Rejection, Screen> request(Conversation conversation, ServiceId service, Instant start, Option<AccountId> specialist) {
        return core.requestAppointment().request(conversation.account().id(), new RequestAppointment.Command(service, start, specialist)).fold(
                refused -> {
                    log.info("appointment request refused account={} reason={}", conversation.account().id(), refused.reason());
                    if (refused.reason() == Reason.SLOT_TAKEN || refused.reason() == Reason.SLOT_NOT_OFFERED) {
                        return times(conversation, service, conversation.formats().localDate(start), specialist, "booking.slot-taken");
                    }
                    return Either.left(refused);
                },
                appointment -> {
                    log.info("appointment requested id={} account={}", appointment.id(), conversation.account().id());
                    return service(conversation, service).map(s -> Screen.text(conversation.text("booking.requested", s.name(),
                            conversation.formats().dateTime(appointment.time().start()), conversation.formats().status(appointment.status()))
                            + performed(conversation, appointment)));
                });
    }

    /** For an organization's appointment, a line naming the specialist it went to; nothing for a specialist's own. */
    private String performed(Conversation conversation, Appointment appointment) {
        return appointment.specialist().equals(appointment.provider()) ? ""
                : member(conversation, appointment.provider(), appointment.specialist())
                        .map(member -> "\n" + conversation.text("booking.specialist", member.displayName())).getOrElse("");
    }

    private Either<Rejection, List<Instant>> slots(Conversation conversation, ServiceId service, TimeRange window, Option<AccountId> specialist) {
        return core.listFreeSlots().freeSlots(conversation.account().id(), new ListFreeSlots.Command(service, window, specialist));
    }

    private Either<Rejection, Service> service(Conversation conversation, ServiceId id) {
        return core.listServices().service(conversation.account().id(), id);
    }

    private Either<Rejection, Account> provider(Conversation conversation, AccountId id) {
        return core.listMyProviders().providers(conversation.account().id()).find(p -> p.id().equals(id))
                .toEither(() -> Rejection.of(Reason.NOT_YOUR_PROVIDER));
    }

    static String providerLabel(Account provider) {
        return (provider.providerKind().contains(ProviderKind.ORGANIZATION) ? "🏫 " : "👤 ") + provider.displayName();
    }
}
