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
 * date → time → {@code Подтвердить}. Only dates with free slots are offered, times in the
 * client's own setting; a time taken meanwhile gets a clear answer and fresh choices.
 */
public final class BookingFlow {

    public static final String PROVIDER = "bp";
    public static final String SERVICE = "bs";
    public static final String DATE = "bd";
    public static final String TIME = "bt";
    public static final String CONFIRM = "bc";

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
            case SERVICE -> data.uuid(0).map(id -> dates(conversation, new ServiceId(id)));
            case DATE -> data.uuid(0).flatMap(id -> data.date(1).map(date -> times(conversation, new ServiceId(id), date, "booking.choose-time")));
            case TIME -> data.uuid(0).flatMap(id -> data.instant(1).map(start -> confirmation(conversation, new ServiceId(id), start)));
            case CONFIRM -> data.uuid(0).flatMap(id -> data.instant(1).map(start -> request(conversation, new ServiceId(id), start)));
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

    private Either<Rejection, Screen> dates(Conversation conversation, ServiceId service) {
        Instant now = clock.instant();
        return slots(conversation, service, new TimeRange(now, now.plus(DATE_WINDOW))).map(slots -> {
            List<LocalDate> days = slots.map(conversation.formats()::localDate).distinct();
            return days.isEmpty()
                    ? Screen.text(conversation.text("booking.no-dates"))
                    : new Screen(conversation.text("booking.choose-date"), Keyboards.grid(days.map(day -> button(
                            conversation.formats().dayButton(day), CallbackData.of(DATE, service.value(), day))), 3));
        });
    }

    private Either<Rejection, Screen> times(Conversation conversation, ServiceId service, LocalDate day, String headingKey) {
        var zone = conversation.account().timeSetting().zone();
        TimeRange wholeDay = new TimeRange(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        return slots(conversation, service, wholeDay).map(slots -> slots.isEmpty()
                ? Screen.text(conversation.text("booking.no-times"))
                : new Screen(conversation.text(headingKey, conversation.formats().dayButton(day)), Keyboards.grid(slots.map(start -> button(
                        conversation.formats().time(start), CallbackData.of(TIME, service.value(), start))), 4)));
    }

    private Either<Rejection, Screen> confirmation(Conversation conversation, ServiceId serviceId, Instant start) {
        return service(conversation, serviceId).flatMap(service -> provider(conversation, service.provider())
                .map(provider -> new Screen(
                        conversation.text("booking.confirm", provider.displayName(), service.name(),
                                conversation.formats().dateTime(start), conversation.formats().money(service.price()))
                                + willPay(conversation, service, start),
                        Keyboards.grid(List.of(button(conversation.text("booking.confirm-button"), CallbackData.of(CONFIRM, serviceId.value(), start))), 1))));
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

    private Either<Rejection, Screen> request(Conversation conversation, ServiceId service, Instant start) {
        return core.requestAppointment().request(conversation.account().id(), new RequestAppointment.Command(service, start)).fold(
                refused -> {
                    log.info("appointment request refused account={} reason={}", conversation.account().id(), refused.reason());
                    if (refused.reason() == Reason.SLOT_TAKEN || refused.reason() == Reason.SLOT_NOT_OFFERED) {
                        return times(conversation, service, conversation.formats().localDate(start), "booking.slot-taken");
                    }
                    return Either.left(refused);
                },
                appointment -> {
                    log.info("appointment requested id={} account={}", appointment.id(), conversation.account().id());
                    return service(conversation, service).map(s -> Screen.text(conversation.text("booking.requested", s.name(),
                            conversation.formats().dateTime(appointment.time().start()), conversation.formats().status(appointment.status()))));
                });
    }

    private Either<Rejection, List<Instant>> slots(Conversation conversation, ServiceId service, TimeRange window) {
        return core.listFreeSlots().freeSlots(conversation.account().id(), new ListFreeSlots.Command(service, window));
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
