-- A download link names only a stored file; serving it looks up the record that file belongs to,
-- to check that the link's account may still read it (OpenDownload, decisions.md D60).
CREATE INDEX shared_document_by_file ON shared_document (file_id);
CREATE INDEX terms_version_by_file ON terms_version (file_id);
