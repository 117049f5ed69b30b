-- A service's optional description and payment link (D48), NULL when there is none; the domain
-- checks them, the database keeps the gist (not empty, an http(s) link, the length limits).
ALTER TABLE service
    ADD COLUMN description  text CHECK (description <> '' AND length(description) <= 1000),
    ADD COLUMN payment_link text CHECK (payment_link ~* '^https?://' AND length(payment_link) <= 500);
