-- Service packages (D50–D53): a provider's packages of sessions of one service, clients' purchases
-- of them, and which purchase pays for which appointment. Sessions left are not stored: they are
-- the purchase's sessions less its appointments that are not Rejected or Cancelled.

CREATE TABLE service_package (
    id          uuid    PRIMARY KEY,
    provider_id uuid    NOT NULL REFERENCES account (id),
    service_id  uuid    NOT NULL REFERENCES service (id),
    sessions    integer NOT NULL CHECK (sessions BETWEEN 1 AND 100),
    price_minor bigint  NOT NULL CHECK (price_minor >= 0),
    currency    text    NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    archived    boolean NOT NULL,
    -- the order the provider defined them in
    position    bigint  GENERATED ALWAYS AS IDENTITY
);

CREATE INDEX service_package_by_provider ON service_package (provider_id, position);

-- Sessions and price are copied from the package when bought, so nothing done to it later changes them.
CREATE TABLE package_purchase (
    id           uuid        PRIMARY KEY,
    package_id   uuid        NOT NULL REFERENCES service_package (id),
    provider_id  uuid        NOT NULL REFERENCES account (id),
    service_id   uuid        NOT NULL REFERENCES service (id),
    client_id    uuid        NOT NULL REFERENCES account (id),
    sessions     integer     NOT NULL CHECK (sessions BETWEEN 1 AND 100),
    price_minor  bigint      NOT NULL CHECK (price_minor >= 0),
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    purchased_at timestamptz NOT NULL,
    position     bigint      GENERATED ALWAYS AS IDENTITY
);

CREATE INDEX package_purchase_by_client ON package_purchase (client_id, provider_id, purchased_at);
CREATE INDEX package_purchase_by_provider ON package_purchase (provider_id, purchased_at);

-- An appointment is paid by one purchase at most; written in the booking's transaction.
CREATE TABLE package_session (
    appointment_id uuid   PRIMARY KEY REFERENCES appointment (id),
    purchase_id    uuid   NOT NULL REFERENCES package_purchase (id),
    position       bigint GENERATED ALWAYS AS IDENTITY
);

CREATE INDEX package_session_by_purchase ON package_session (purchase_id, position);
