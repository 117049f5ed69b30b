-- Every appointment's history (AppointmentEvent): the request, each status move with who made it
-- and the reason given, each payment recorded. Rows are only ever added.
CREATE TABLE appointment_event (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id uuid        NOT NULL REFERENCES appointment (id),
    at             timestamptz NOT NULL,
    actor_id       uuid        NOT NULL REFERENCES account (id),
    -- a status move: status (and maybe reason); a payment: amount and currency
    status         text        CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED', 'COMPLETED', 'MISSED')),
    reason         text,
    amount_minor   bigint,
    currency       text        CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT appointment_event_is_one_change CHECK (
        (status IS NOT NULL AND amount_minor IS NULL AND currency IS NULL)
        OR (status IS NULL AND reason IS NULL AND amount_minor IS NOT NULL AND currency IS NOT NULL))
);

CREATE INDEX appointment_event_by_appointment ON appointment_event (appointment_id, at, seq);
