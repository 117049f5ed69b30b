-- Organizations' member specialists, and the indexes behind a provider's views: its clients,
-- its requests and appointments (as the provider, or as the specialist who performs them).
-- A client's past appointments use appointment_by_client (V1).

-- An organization's member specialists, in the order they joined.
CREATE TABLE organization_member (
    organization_id uuid   NOT NULL REFERENCES account (id),
    specialist_id   uuid   NOT NULL REFERENCES account (id),
    position        bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (organization_id, specialist_id),
    CHECK (organization_id <> specialist_id)
);

CREATE INDEX organization_member_by_specialist ON organization_member (specialist_id);

-- A provider's clients.
CREATE INDEX client_provider_by_provider ON client_provider (provider_id);

-- The provider side's appointments by status: as the provider, and as the performing specialist.
CREATE INDEX appointment_by_provider ON appointment (provider_id, status, starts_at);
CREATE INDEX appointment_by_specialist ON appointment (specialist_id, status, starts_at);
