-- Packages as issue 8 words them (D65–D68): what a Missed appointment does with its session, the
-- provider's policy for it, payments towards a purchase, and a package's validity.

-- What the provider's policy said when the appointment was marked Missed; NULL until then.
ALTER TABLE package_session ADD COLUMN missed_uses_session boolean;

-- Before the policy a Missed appointment kept its session (D50): say so for those already missed.
UPDATE package_session s SET missed_uses_session = true
  FROM appointment a
 WHERE a.id = s.appointment_id AND a.status = 'MISSED';

-- A provider's rule for its packages; a provider without a row has the default (a missed appointment uses its session).
CREATE TABLE package_policy (
    provider_id         uuid    PRIMARY KEY REFERENCES account (id),
    missed_uses_session boolean NOT NULL
);

-- Money paid towards a purchase; the package's balance is its price less these.
CREATE TABLE package_payment (
    purchase_id  uuid        NOT NULL REFERENCES package_purchase (id),
    amount_minor bigint      NOT NULL CHECK (amount_minor > 0),
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    paid_at      timestamptz NOT NULL,
    position     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

CREATE INDEX package_payment_by_purchase ON package_payment (purchase_id, position);

-- Recording a purchase used to mean its price was paid (D51): keep that as a payment of the price.
INSERT INTO package_payment (purchase_id, amount_minor, currency, paid_at)
SELECT id, price_minor, currency, purchased_at FROM package_purchase WHERE price_minor > 0 ORDER BY position;

-- A package's validity in days from the purchase date; NULL for none.
ALTER TABLE service_package ADD COLUMN validity_days integer CHECK (validity_days BETWEEN 1 AND 3650);

-- A purchase's expiry, copied at the sale: its last valid date on the provider's calendar and the moment that day ends.
ALTER TABLE package_purchase ADD COLUMN last_day date;
ALTER TABLE package_purchase ADD COLUMN expires_at timestamptz;
ALTER TABLE package_purchase ADD CONSTRAINT package_purchase_expiry_whole CHECK ((last_day IS NULL) = (expires_at IS NULL));
