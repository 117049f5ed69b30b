package io.kalenner.application.port;

import java.time.Clock;
import java.util.Objects;

/** Everything the use cases and the chat adapters need from outside, handed over at once. */
public record Ports(
        AccountRepository accounts,
        ServiceRepository services,
        ScheduleRepository schedules,
        AppointmentRepository appointments,
        InvitationRepository invitations,
        NotificationOutbox outbox,
        UpdateReceipts receipts,
        ConversationStates conversations,
        Transactions transactions,
        IdGenerator ids,
        Clock clock,
        DocumentStore documents,
        LinkSigner links,
        TermsRepository terms,
        SharedDocumentRepository sharedDocuments,
        MessageOutbox messages,
        Reminders reminders,
        AppointmentHistory history,
        ProfileRepository profiles,
        PackageRepository packages) {

    public Ports {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(sharedDocuments, "sharedDocuments");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(packages, "packages");
    }

    /** The same ports with these two outboxes instead. */
    public Ports withOutboxes(NotificationOutbox notifications, MessageOutbox relayed) {
        return new Ports(accounts, services, schedules, appointments, invitations, notifications, receipts, conversations,
                transactions, ids, clock, documents, links, terms, sharedDocuments, relayed, reminders, history, profiles, packages);
    }

    /** The same ports with this account repository instead. */
    public Ports withAccounts(AccountRepository replacement) {
        return new Ports(replacement, services, schedules, appointments, invitations, outbox, receipts, conversations,
                transactions, ids, clock, documents, links, terms, sharedDocuments, messages, reminders, history, profiles, packages);
    }
}
