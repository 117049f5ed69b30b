-- A download link names only a stored file; serving it looks up the record that file belongs to,
-- to check that the link's account may still read it (OpenDownload, decisions.md D60).
CREATE INDEX shared_document_by_file ON shared_document (file_id);
CREATE INDEX terms_version_by_file ON terms_version (file_id);

-- A notification is about an appointment or, asking a client's consent, about a terms document
-- (Notification.Subject, decisions.md D61): exactly one of the two.
ALTER TABLE notification_outbox ALTER COLUMN appointment_id DROP NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN terms_document_id uuid REFERENCES terms_document (id);
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_one_subject
    CHECK (num_nonnulls(appointment_id, terms_document_id) = 1);
