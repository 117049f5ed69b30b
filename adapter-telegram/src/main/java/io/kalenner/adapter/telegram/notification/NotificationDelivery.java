package io.kalenner.adapter.telegram.notification;

import io.kalenner.adapter.telegram.chat.ChatBlocked;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.booking.AppointmentTexts;
import io.kalenner.adapter.telegram.booking.AppointmentsList;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.vavr.collection.List;
import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.application.BookingCore;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.NotificationOutbox;
import io.kalenner.adapter.telegram.documents.ClientDocuments;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.SharedDocumentId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Takes notifications from the outbox and sends them. Runs every few hundred milliseconds and
 * at once when {@link #wake()} says a use case may have added one. A notification is marked
 * delivered only after Telegram took it; a failed one returns when its lease ends.
 */
public final class NotificationDelivery implements AutoCloseable {

    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration PERIOD = Duration.ofMillis(500);
    /** How often due reminders are queued: a reminder is at most this late. */
    static final Duration REMINDER_PERIOD = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final BookingCore core;
    private final Outgoing outgoing;
    private final RequestAnswers requestAnswers;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();

    public NotificationDelivery(BookingCore core, Outgoing outgoing, RequestAnswers requestAnswers, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.requestAnswers = requestAnswers;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kalenner-notifications");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        worker.scheduleWithFixedDelay(this::deliverSafely, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::queueDueRemindersSafely, 0, REMINDER_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    // every instance queues them: each reminder is marked once in the database, so none goes out twice
    private void queueDueRemindersSafely() {
        try {
            int reminded = core.sendDueReminders().sendDue();
            if (reminded > 0) {
                log.info("reminders queued appointments={}", reminded);
                deliverDue();
            }
        } catch (RuntimeException fault) {
            log.error("queueing due reminders failed", fault);
        }
    }

    /** Asks for a delivery round soon; many calls while one is queued make one round. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                deliverSafely();
            });
        }
    }

    private void deliverSafely() {
        try {
            deliverDue();
        } catch (RuntimeException fault) {
            log.error("notification delivery round failed", fault);
        }
    }

    /** One round: claims what is due and sends it. */
    void deliverDue() {
        NotificationOutbox outbox = core.ports().outbox();
        for (Notification notification : outbox.claim(BATCH, clock.instant(), LEASE)) {
            if (deliver(notification)) {
                outbox.markDelivered(notification.id());
            }
        }
    }

    private boolean deliver(Notification notification) {
        Option<Account> recipient = core.ports().accounts().findById(notification.recipient());
        if (recipient.isEmpty()) {
            log.warn("notification dropped id={} reason=no-recipient", notification.id().value());
            return true;
        }
        Conversation conversation = Conversation.of(recipient.get(), recipient.get().telegramUser().value());
        if (notification.subject() instanceof Notification.AboutTerms about) {
            return termsToSign(conversation, about.document()).fold(
                    reason -> droppedBecause(notification, reason).get(),
                    screen -> send(notification, conversation, screen));
        }
        if (notification.subject() instanceof Notification.AboutSharedDocument about) {
            return clientUpload(conversation, about.document()).fold(
                    reason -> droppedBecause(notification, reason).get(),
                    screen -> send(notification, conversation, screen));
        }
        return core.viewAppointment().view(recipient.get().id(), notification.appointment()).fold(
                refused -> {
                    log.warn("notification dropped id={} reason={}", notification.id().value(), refused.reason());
                    return true;
                },
                view -> noLongerDue(notification, view) ? droppedBecause(notification, "reminder-no-longer-due").get()
                        : send(notification, conversation, render(conversation, notification, view)));
    }

    private boolean send(Notification notification, Conversation conversation, Screen screen) {
        return outgoing.callBulk(screen.sendTo(conversation.chatId()))
                .onSuccess(sent -> log.info("notification delivered id={} kind={} to={}", notification.id().value(), notification.kind(),
                        conversation.account().id()))
                .map(sent -> true)
                .recoverWith(ChatBlocked.class, blocked -> droppedBecause(notification, "chat-blocked"))
                // a flood wait or a fault that outlasted the retries stays a failure: the lease brings it back
                .recoverWith(TelegramApiRequestException.class, refused -> isPermanent(refused)
                        ? droppedBecause(notification, "refused-" + refused.getErrorCode())
                        : Try.failure(refused))
                .isSuccess();
    }

    /**
     * The notice that a provider's terms document waits for the client's consent, with the card's
     * {@code Условия} button; or why it is no longer worth sending (signed meanwhile, consent no
     * longer needed, or the provider no longer the client's), as the reason to log.
     */
    private Either<String, Screen> termsToSign(Conversation conversation, TermsDocumentId id) {
        Option<TermsDocument> document = core.ports().terms().findById(id);
        if (document.isEmpty()) {
            return Either.left("no-terms-document");
        }
        AccountId provider = document.get().provider();
        return core.listTerms().forClient(conversation.account().id(), provider)
                .mapLeft(refused -> "refused-" + refused.reason())
                .flatMap(terms -> terms.find(entry -> entry.document().id().equals(id)).toEither("no-terms-document"))
                .filterOrElse(entry -> entry.state() == ConsentState.PENDING, entry -> "terms-no-longer-pending")
                .map(entry -> {
                    String providerName = core.ports().accounts().findById(provider).map(Account::displayName).getOrElse("");
                    String text = conversation.text("notification.terms-to-sign", providerName, entry.document().title(),
                            String.valueOf(entry.document().current().number()));
                    return new Screen(text, Keyboards.grid(List.of(Keyboards.button(conversation.text("card.terms"),
                            CallbackData.of(ClientDocuments.TERMS, provider.value()))), 1));
                });
    }

    /**
     * The provider's notice that a client uploaded a shared document; or why it is no longer worth
     * sending (the document deleted, the recipient no longer a party to it, or the notice switched
     * off meanwhile), as the reason to log. It names the client and the file, never the content,
     * and opens the documents shared with the client ({@code Документы}).
     */
    private Either<String, Screen> clientUpload(Conversation conversation, SharedDocumentId id) {
        AccountId me = conversation.account().id();
        return core.ports().sharedDocuments().findById(id).toEither("no-shared-document")
                .filterOrElse(document -> core.listSharedDocuments().list(me, document.client(), document.provider()).isRight(),
                        document -> "no-longer-shared")
                .filterOrElse(document -> core.setUploadNotice().current(me).getOrElse(false), document -> "upload-notice-off")
                .map(document -> new Screen(conversation.text("notification.client-uploaded-document",
                        core.ports().accounts().findById(document.client()).map(Account::displayName).getOrElse(""), document.fileName()),
                        Keyboards.rows(List.of(List.of(Keyboards.button(conversation.text("clients.documents"),
                                CallbackData.of(ClientDocuments.OF_CLIENT, document.client().value(), document.provider().value())))))));
    }

    /** A reminder whose appointment was cancelled, or began, while it waited: it would only mislead. */
    private boolean noLongerDue(Notification notification, AppointmentView view) {
        return notification.kind() == Notification.Kind.APPOINTMENT_REMINDER
                && (view.appointment().status() != AppointmentStatus.ACCEPTED || !view.appointment().time().start().isAfter(clock.instant()));
    }

    /** A refusal that sending again would only repeat: a bad request, a chat that is gone. */
    private static boolean isPermanent(TelegramApiRequestException refused) {
        Integer code = refused.getErrorCode();
        return code != null && code >= 400 && code < 500 && code != 429;
    }

    /** Nothing was sent, and sending again would not help: the notification is done with all the same. */
    private static Try<Boolean> droppedBecause(Notification notification, String reason) {
        log.warn("notification dropped id={} reason={}", notification.id().value(), reason);
        return Try.success(true);
    }

    private Screen render(Conversation conversation, Notification notification, AppointmentView view) {
        if (notification.kind() == Notification.Kind.APPOINTMENT_REQUESTED) {
            return requestAnswers.screen(conversation, view);
        }
        String heading = conversation.text("notification." + notification.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        boolean toClient = view.appointment().client().equals(conversation.account().id());
        // each side reads the other party's name: the client the provider's, the provider the client's
        String details = toClient ? AppointmentTexts.forClient(conversation, view) : AppointmentTexts.forProvider(conversation, view);
        String text = heading + "\n" + details + view.appointment().reason().map(reason -> "\n" + conversation.text("notification.reason", reason)).getOrElse("");
        if (notification.kind() == Notification.Kind.APPOINTMENT_REJECTED) {
            text += "\n\n" + conversation.text("notification.rejected-hint");
        }
        if (notification.kind() == Notification.Kind.APPOINTMENT_REMINDER && toClient) {
            return new Screen(text, Keyboards.grid(List.of(Keyboards.button(conversation.text("appointments.cancel"),
                    CallbackData.of(AppointmentsList.CANCEL, view.appointment().id().value()))), 1));
        }
        return Screen.text(text);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
