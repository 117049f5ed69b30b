-- Terms documents in versions and the consents to them, documents a client and a provider share,
-- and relayed messages (chat, support) with their delivery. File contents live in the document
-- store; file_id is the store's id for them.

-- A provider's terms documents, in the order they were first saved.
CREATE TABLE terms_document (
    id               uuid    PRIMARY KEY,
    provider_id      uuid    NOT NULL REFERENCES account (id),
    title            text    NOT NULL CHECK (title <> ''),
    consent_required boolean NOT NULL,
    position         bigint  GENERATED ALWAYS AS IDENTITY
);

CREATE INDEX terms_document_by_provider ON terms_document (provider_id, position);

-- Versions are only ever added: 1, 2, … per document.
CREATE TABLE terms_version (
    document_id uuid        NOT NULL REFERENCES terms_document (id),
    number      integer     NOT NULL CHECK (number >= 1),
    file_id     uuid        NOT NULL,
    file_name   text        NOT NULL,
    uploaded_at timestamptz NOT NULL,
    PRIMARY KEY (document_id, number)
);

-- Consents are never deleted; a withdrawal sets withdrawn_at.
CREATE TABLE consent (
    id           uuid        PRIMARY KEY,
    document_id  uuid        NOT NULL,
    version      integer     NOT NULL,
    client_id    uuid        NOT NULL REFERENCES account (id),
    signed_at    timestamptz NOT NULL,
    withdrawn_at timestamptz CHECK (withdrawn_at >= signed_at),
    position     bigint      GENERATED ALWAYS AS IDENTITY,
    FOREIGN KEY (document_id, version) REFERENCES terms_version (document_id, number)
);

CREATE INDEX consent_by_document ON consent (document_id, position);

CREATE TABLE shared_document (
    id          uuid        PRIMARY KEY,
    client_id   uuid        NOT NULL REFERENCES account (id),
    provider_id uuid        NOT NULL REFERENCES account (id),
    uploaded_by uuid        NOT NULL REFERENCES account (id),
    file_id     uuid        NOT NULL,
    file_name   text        NOT NULL,
    size_bytes  bigint      NOT NULL CHECK (size_bytes >= 0),
    uploaded_at timestamptz NOT NULL,
    position    bigint      GENERATED ALWAYS AS IDENTITY,
    CHECK (client_id <> provider_id)
);

CREATE INDEX shared_document_by_pair ON shared_document (client_id, provider_id, position);

-- Relayed messages, kept after delivery. A sender claims a batch by setting leased_until and
-- marks each delivered by setting delivered_at.
CREATE TABLE relayed_message (
    seq                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                   uuid        NOT NULL UNIQUE,
    kind                 text        NOT NULL CHECK (kind IN ('CHAT_MESSAGE', 'SUPPORT_REQUEST', 'SUPPORT_REPLY')),
    sender_id            uuid        NOT NULL REFERENCES account (id),
    recipient_id         uuid        NOT NULL REFERENCES account (id),
    text                 text        NOT NULL,
    attachment_kind      text        CHECK (attachment_kind IN ('PHOTO', 'FILE')),
    attachment_reference text,
    reply_to             uuid        REFERENCES relayed_message (id),
    created_at           timestamptz NOT NULL,
    leased_until         timestamptz,
    delivered_at         timestamptz,
    CHECK ((attachment_kind IS NULL) = (attachment_reference IS NULL))
);

CREATE INDEX relayed_message_undelivered ON relayed_message (created_at, seq) WHERE delivered_at IS NULL;
