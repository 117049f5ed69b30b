-- Telegram updates already taken in, so a redelivered one is skipped; pruned after a few days.
CREATE TABLE update_receipt (
    update_id   bigint      PRIMARY KEY,
    received_at timestamptz NOT NULL
);

CREATE INDEX update_receipt_by_age ON update_receipt (received_at);

-- The dialogue step each chat is in, so a restart resumes it.
CREATE TABLE conversation_state (
    chat_id bigint      PRIMARY KEY,
    step    text        NOT NULL CHECK (step <> ''),
    payload text        NOT NULL,
    since   timestamptz NOT NULL
);
