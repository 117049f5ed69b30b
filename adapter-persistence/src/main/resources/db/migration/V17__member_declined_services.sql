-- A member specialist performs every service of its organization until it declines one
-- (decisions.md D78): a row here says the specialist does not perform that service, so the
-- booking neither offers the specialist for it nor gives it to the specialist for "any".
-- Services the organization adds later are performed by every member until declined.
CREATE TABLE member_declined_service (
    service_id    uuid NOT NULL REFERENCES service (id),
    specialist_id uuid NOT NULL REFERENCES account (id),
    PRIMARY KEY (service_id, specialist_id)
);
CREATE INDEX member_declined_service_by_specialist ON member_declined_service (specialist_id);
