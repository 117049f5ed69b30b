-- The provider's opt-in notice of its clients' uploads (decisions.md D70). It is one more of the
-- provider's notification settings, so it lives on the row of its reminder leads: a provider with
-- no row, or with upload_notice false, is told nothing (the FAQ's default). A row made only to
-- switch the notice keeps leads_seconds NULL, which reads as the default leads, as no row does.
ALTER TABLE reminder_setting ALTER COLUMN leads_seconds DROP NOT NULL;
ALTER TABLE reminder_setting ADD COLUMN upload_notice boolean NOT NULL DEFAULT false;

-- A notification may now be about a shared document a client uploaded. Deleting the document
-- deletes the notice still waiting for it: there would be nothing left to tell about.
ALTER TABLE notification_outbox
    ADD COLUMN shared_document_id uuid REFERENCES shared_document (id) ON DELETE CASCADE;
ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_one_subject;
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_one_subject
    CHECK (num_nonnulls(appointment_id, terms_document_id, shared_document_id) = 1);
