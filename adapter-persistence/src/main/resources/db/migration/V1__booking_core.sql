-- The booking core: accounts, providers lists, services, schedules, invitations, appointments
-- and the notification outbox. Durations are whole seconds, money is minor units of an
-- ISO 4217 currency, instants are timestamptz.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE account (
    id               uuid PRIMARY KEY,
    telegram_user_id bigint NOT NULL UNIQUE,
    display_name     text   NOT NULL,
    language         text   NOT NULL CHECK (language IN ('RU', 'EN')),
    -- TimeSetting.code(): '+03:00' for a fixed offset, an IANA zone id for a region
    time_setting     text   NOT NULL,
    provider_kind    text   CHECK (provider_kind IN ('SPECIALIST', 'ORGANIZATION'))
);

-- A client's providers list, in the order the providers were added.
CREATE TABLE client_provider (
    client_id   uuid   NOT NULL REFERENCES account (id),
    provider_id uuid   NOT NULL REFERENCES account (id),
    position    bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (client_id, provider_id)
);

CREATE TABLE service (
    id               uuid    PRIMARY KEY,
    provider_id      uuid    NOT NULL REFERENCES account (id),
    name             text    NOT NULL CHECK (name <> ''),
    duration_seconds bigint  NOT NULL CHECK (duration_seconds > 0 AND duration_seconds <= 86400),
    price_minor      bigint  NOT NULL CHECK (price_minor >= 0),
    currency         text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    archived         boolean NOT NULL
);

CREATE INDEX service_by_provider ON service (provider_id) WHERE NOT archived;

CREATE TABLE schedule (
    specialist_id          uuid   PRIMARY KEY REFERENCES account (id),
    buffer_seconds         bigint NOT NULL CHECK (buffer_seconds >= 0),
    minimum_notice_seconds bigint NOT NULL CHECK (minimum_notice_seconds >= 0),
    horizon_seconds        bigint NOT NULL CHECK (horizon_seconds >= 0),
    -- null: back to back, the service's own duration
    slot_step_seconds      bigint CHECK (slot_step_seconds > 0)
);

-- Weekly working hours, read in the specialist's time setting. ISO weekday: 1 = Monday.
CREATE TABLE working_hours (
    specialist_id uuid     NOT NULL REFERENCES schedule (specialist_id) ON DELETE CASCADE,
    weekday       smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts        time     NOT NULL,
    ends          time     NOT NULL CHECK (ends > starts),
    PRIMARY KEY (specialist_id, weekday, starts)
);

CREATE TABLE invitation (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
    provider_id uuid NOT NULL REFERENCES account (id),
    kind        text NOT NULL CHECK (kind IN ('CLIENT', 'SPECIALIST'))
);

CREATE INDEX invitation_by_provider ON invitation (provider_id, kind);

CREATE TABLE appointment (
    id            uuid        PRIMARY KEY,
    provider_id   uuid        NOT NULL REFERENCES account (id),
    specialist_id uuid        NOT NULL REFERENCES account (id),
    client_id     uuid        NOT NULL REFERENCES account (id),
    service_id    uuid        NOT NULL REFERENCES service (id),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
    currency      text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    price_minor   bigint      NOT NULL CHECK (price_minor >= 0),
    paid_minor    bigint      NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED', 'MISSED')),
    reason        text,
    requested_at  timestamptz NOT NULL,
    -- A specialist is never booked twice for one instant: Pending and Accepted appointments
    -- hold their time, half-open, so back-to-back appointments do not collide.
    CONSTRAINT appointment_no_overlap EXCLUDE USING gist (
        specialist_id WITH =,
        tstzrange(starts_at, ends_at, '[)') WITH &&
    ) WHERE (status IN ('PENDING', 'ACCEPTED'))
);

CREATE INDEX appointment_by_client ON appointment (client_id, ends_at);

-- Notifications owed, written in the transaction of the change they announce. A sender claims
-- a batch by setting leased_until; a delivered one is deleted.
CREATE TABLE notification_outbox (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             uuid        NOT NULL UNIQUE,
    recipient_id   uuid        NOT NULL REFERENCES account (id),
    kind           text        NOT NULL,
    appointment_id uuid        NOT NULL REFERENCES appointment (id),
    created_at     timestamptz NOT NULL,
    leased_until   timestamptz
);

CREATE INDEX notification_outbox_by_age ON notification_outbox (created_at, seq);
