-- Reminders before Accepted appointments (SendDueReminders): each provider's leads, and which
-- reminders each appointment has had. Leads are whole seconds.

-- A provider with no row has the default leads (ReminderLeads.DEFAULT); an empty array turns reminders off.
CREATE TABLE reminder_setting (
    provider_id   uuid     PRIMARY KEY REFERENCES account (id),
    leads_seconds bigint[] NOT NULL CHECK (array_position(leads_seconds, NULL) IS NULL)
);

-- One row per appointment and lead: its primary key lets one of racing instances send it.
CREATE TABLE reminder_sent (
    appointment_id uuid        NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    lead_seconds   bigint      NOT NULL CHECK (lead_seconds > 0),
    marked_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (appointment_id, lead_seconds)
);

-- The sender's query: Accepted appointments starting within the longest lead.
CREATE INDEX appointment_accepted_by_start ON appointment (starts_at) WHERE status = 'ACCEPTED';
