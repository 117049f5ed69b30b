package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Dialogues;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.adapter.telegram.chat.QrCodes;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@code Кабинет}: the provider's one screen of sections — {@code Заявки (N)}, {@code Записи
 * клиентов}, {@code Услуги}, {@code Рабочие часы}, {@code Пригласить клиента}, {@code Клиенты}, {@code Профиль},
 * {@code Напоминания}, {@code Пакеты}, {@code Условия}, {@code Расписание},
 * and for an organization {@code Специалисты} and {@code Пригласить специалиста}. Each section
 * replaces the dashboard's message and has a way back; questions the bot asks on the way are
 * answered by typing (see {@link #reply}).
 */
public final class Dashboard {

    public static final String MENU = "dm";
    public static final String INVITE_CLIENT = "di";
    static final String INVITE_SPECIALIST = "dI";

    private static final io.vavr.collection.Set<String> ACTIONS = io.vavr.collection.HashSet.of(MENU, INVITE_CLIENT, INVITE_SPECIALIST)
            .addAll(ClientsScreen.ACTIONS).addAll(SpecialistsScreen.ACTIONS).addAll(Requests.ACTIONS).addAll(ClientAppointments.ACTIONS).addAll(Services.ACTIONS)
            .addAll(WorkingHoursScreen.ACTIONS).addAll(ProfileScreen.ACTIONS).addAll(RemindersScreen.ACTIONS)
            .addAll(PackagesScreen.ACTIONS).addAll(TermsDesk.ACTIONS).addAll(ScheduleScreen.ACTIONS);

    /** Every step of the dashboard's dialogues starts so, so the router knows whose answer a typed message is. */
    public static final String STEP_PREFIX = "d.";

    private static final Logger log = LoggerFactory.getLogger(Dashboard.class);

    private final Desk desk;
    private final InvitationLinks links;
    private final Requests requests;
    private final ClientAppointments appointments;
    private final Services services;
    private final WorkingHoursScreen hours;
    private final ProfileScreen profile;
    private final RemindersScreen reminders;
    private final PackagesScreen packages;
    private final TermsDesk terms;
    private final ScheduleScreen schedule;
    private final ClientsScreen clients;
    private final SpecialistsScreen specialists;

    public Dashboard(BookingCore core, Outgoing outgoing, InvitationLinks links, DownloadLinks pages, Dialogues dialogues, Clock clock,
            TelegramFiles files) {
        this.desk = new Desk(core, outgoing, dialogues, clock);
        this.links = links;
        this.requests = new Requests(desk);
        this.appointments = new ClientAppointments(desk);
        this.services = new Services(desk);
        this.hours = new WorkingHoursScreen(desk);
        this.profile = new ProfileScreen(desk, pages, files);
        this.reminders = new RemindersScreen(desk);
        this.packages = new PackagesScreen(desk);
        this.terms = new TermsDesk(desk, files);
        this.schedule = new ScheduleScreen(desk);
        this.clients = new ClientsScreen(desk);
        this.specialists = new SpecialistsScreen(desk);
    }

    /** The menu entry: the dashboard as a new message. */
    public void show(Conversation conversation) {
        if (!conversation.account().isProvider()) {
            desk.say(conversation, conversation.text("rejection.not-a-provider"));
            return;
        }
        desk.send(conversation, menu(conversation));
    }

    /** A press on a dashboard button; none when the action is not the dashboard's. */
    public Option<CallbackAnswer> press(Conversation conversation, MaybeInaccessibleMessage message, CallbackData data) {
        Shown shown = Shown.of(message);
        String action = data.action();
        if (!ACTIONS.contains(action)) {
            return Option.none();
        }
        // another button: a question waiting before is dropped (a button that asks one asks it anew);
        // Пропустить answers the question waiting, so it needs it; so do the packages' answers by button
        if (!action.equals(Services.SKIP) && !PackagesScreen.ANSWERS.contains(action)) {
            desk.dialogues.clear(conversation.chatId());
        }
        Option<CallbackAnswer> answer;
        if (Requests.ACTIONS.contains(action)) {
            answer = Option.some(requests.press(conversation, shown, data));
        } else if (ClientAppointments.ACTIONS.contains(action)) {
            answer = Option.some(appointments.press(conversation, shown, data));
        } else if (Services.ACTIONS.contains(action)) {
            answer = Option.some(services.press(conversation, shown, data));
        } else if (WorkingHoursScreen.ACTIONS.contains(action)) {
            answer = Option.some(hours.press(conversation, shown, data));
        } else if (ProfileScreen.ACTIONS.contains(action)) {
            answer = Option.some(profile.press(conversation, shown, data));
        } else if (RemindersScreen.ACTIONS.contains(action)) {
            answer = Option.some(reminders.press(conversation, shown, data));
        } else if (PackagesScreen.ACTIONS.contains(action)) {
            answer = Option.some(packages.press(conversation, shown, data));
        } else if (TermsDesk.ACTIONS.contains(action)) {
            answer = Option.some(terms.press(conversation, shown, data));
        } else if (ScheduleScreen.ACTIONS.contains(action)) {
            answer = Option.some(schedule.press(conversation, shown, data));
        } else if (ClientsScreen.ACTIONS.contains(action)) {
            answer = Option.some(clients.press(conversation, shown, data));
        } else if (SpecialistsScreen.ACTIONS.contains(action)) {
            answer = Option.some(specialists.press(conversation, shown, data));
        } else {
            answer = switch (action) {
                case MENU -> Option.some(conversation.account().isProvider()
                        ? desk.show(conversation, shown, menu(conversation))
                        : Desk.refused(conversation, Rejection.of(Rejection.Reason.NOT_A_PROVIDER)));
                case INVITE_CLIENT -> Option.some(invite(conversation, desk.core.createClientInvitation().create(conversation.account().id()),
                        "dashboard.invitation"));
                case INVITE_SPECIALIST -> Option.some(invite(conversation,
                        desk.core.createSpecialistInvitation().create(conversation.account().id()), "dashboard.specialist-invitation"));
                default -> Option.none();
            };
        }
        return answer;
    }

    /**
     * A typed answer to the question the chat waits on. The dialogue keeps waiting after a bad
     * answer (saying what is expected) and ends with a good one. Only the profile's pictures are
     * more than text.
     */
    public void reply(Conversation conversation, State state, Message message) {
        String step = state.step();
        String text = Option.of(message.getText()).map(String::strip).getOrElse("");
        if (step.startsWith(ProfileScreen.STEP_PREFIX)) {
            profile.reply(conversation, state, message);
        } else if (step.startsWith(TermsDesk.STEP_PREFIX)) {
            terms.reply(conversation, state, message); // a title, or a file
        } else if (step.startsWith(RemindersScreen.STEP_PREFIX)) {
            reminders.reply(conversation, text);
        } else if (step.startsWith(Requests.STEP_PREFIX)) {
            requests.reply(conversation, state, text);
        } else if (step.startsWith(ClientAppointments.STEP_PREFIX)) {
            appointments.reply(conversation, state, text);
        } else if (step.startsWith(Services.STEP_PREFIX)) {
            services.reply(conversation, state, text);
        } else if (step.startsWith(WorkingHoursScreen.STEP_PREFIX)) {
            hours.reply(conversation, state, text);
        } else if (step.startsWith(PackagesScreen.STEP_PREFIX)) {
            packages.reply(conversation, state, text);
        } else {
            log.info("unknown dialogue step={} chat={}, dropped", step, conversation.chatId());
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("input.not-understood"));
        }
    }

    /** The Requests screen's {@code Отклонить} also serves the request notification's button. */
    public CallbackAnswer askRejectionReason(Conversation conversation, MaybeInaccessibleMessage message, CallbackData data) {
        return requests.askReason(conversation, Shown.of(message), data);
    }

    private Screen menu(Conversation conversation) {
        AccountId me = conversation.account().id();
        int pending = desk.core.viewAppointment().pendingRequestsOfProvider(me).map(List::size).getOrElse(0);
        int upcoming = desk.core.viewAppointment().upcomingOfProvider(me).map(List::size).getOrElse(0);
        List<List<org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton>> rows = List.of(
                List.of(Keyboards.button(conversation.text("dashboard.requests", pending), CallbackData.of(Requests.LIST)),
                        button(conversation, "dashboard.client-appointments", ClientAppointments.LIST)),
                List.of(button(conversation, "dashboard.services", Services.LIST),
                        button(conversation, "dashboard.working-hours", WorkingHoursScreen.SHOW)),
                List.of(button(conversation, "dashboard.invite-client", INVITE_CLIENT),
                        button(conversation, "dashboard.clients", ClientsScreen.LIST)),
                List.of(button(conversation, "dashboard.profile", ProfileScreen.SHOW),
                        button(conversation, "dashboard.reminders", RemindersScreen.SHOW)),
                List.of(button(conversation, "dashboard.packages", PackagesScreen.LIST),
                        button(conversation, "dashboard.terms", TermsDesk.SHOW)),
                List.of(button(conversation, "dashboard.schedule", ScheduleScreen.SHOW)));
        if (conversation.account().isOrganization()) {
            rows = rows.append(List.of(button(conversation, "dashboard.specialists", SpecialistsScreen.LIST),
                    button(conversation, "dashboard.invite-specialist", INVITE_SPECIALIST)));
        }
        return new Screen(conversation.text("dashboard.summary",
                conversation.texts().count("count.new-requests", pending), conversation.texts().count("count.upcoming-client-appointments", upcoming)), Keyboards.rows(rows));
    }

    private CallbackAnswer invite(Conversation conversation, Either<Rejection, Invitation> invitation, String captionKey) {
        return invitation.fold(
                refused -> Desk.refused(conversation, refused),
                created -> {
                    String link = links.of(created.code());
                    desk.outgoing.call(SendPhoto.builder()
                            .chatId(conversation.chatId())
                            .photo(new InputFile(new ByteArrayInputStream(QrCodes.png(link)), "invitation.png"))
                            .caption(conversation.text(captionKey, link))
                            .build());
                    return CallbackAnswer.NONE;
                });
    }
}
