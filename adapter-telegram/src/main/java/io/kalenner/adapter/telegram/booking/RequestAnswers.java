package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's {@code Принять} / {@code Отклонить} under a request. The request's message is
 * edited to show the outcome; a request that changed meanwhile shows its current status.
 */
public final class RequestAnswers {

    public static final String ACCEPT = "ra";
    public static final String REJECT = "rr";

    private static final Logger log = LoggerFactory.getLogger(RequestAnswers.class);

    private final BookingCore core;
    private final Outgoing outgoing;

    public RequestAnswers(BookingCore core, Outgoing outgoing) {
        this.core = core;
        this.outgoing = outgoing;
    }

    /** The request as the provider sees it, with the two answers while it is Pending. */
    public Screen screen(Conversation conversation, AppointmentView view) {
        String text = conversation.text("request.heading") + "\n" + AppointmentTexts.forProvider(conversation, view);
        if (view.appointment().status() != AppointmentStatus.PENDING) {
            return Screen.text(text);
        }
        var id = view.appointment().id().value();
        return new Screen(text, Keyboards.grid(List.of(
                Keyboards.button(conversation.text("request.accept"), CallbackData.of(ACCEPT, id)),
                Keyboards.button(conversation.text("request.reject"), CallbackData.of(REJECT, id))), 2));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Option<AppointmentId> target = data.uuid(0).map(AppointmentId::new);
        if (target.isEmpty() || !(data.action().equals(ACCEPT) || data.action().equals(REJECT))) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        var actor = conversation.account().id();
        Either<Rejection, Appointment> answered = data.action().equals(ACCEPT)
                ? core.answerRequest().accept(actor, target.get())
                : core.answerRequest().reject(actor, target.get(), Option.none());
        answered.peek(a -> log.info("request answered id={} status={} by={}", a.id(), a.status(), actor))
                .peekLeft(refused -> log.info("request answer refused id={} reason={} by={}", target.get(), refused.reason(), actor));
        // whatever happened, the message now shows the request as it stands
        core.viewAppointment().view(actor, target.get())
                .peek(view -> outgoing.call(screen(conversation, view).replace(conversation.chatId(), messageId)));
        return answered.fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                appointment -> CallbackAnswer.toast(conversation.formats().status(appointment.status())));
    }
}
