-- The provider-wide payment link (D57), on the profile beside the other links; NULL when there is
-- none. The domain checks it; the database keeps the gist, as for a service's link (V11).
ALTER TABLE profile
    ADD COLUMN payment_link text CHECK (payment_link ~* '^https?://' AND length(payment_link) <= 500);
