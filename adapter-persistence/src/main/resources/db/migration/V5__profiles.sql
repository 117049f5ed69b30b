-- Providers' public profiles, one per provider. Pictures are files of the document store
-- (photo_file_id, gallery); sections lists the shown sections in their order.
CREATE TABLE profile (
    provider_id   uuid    PRIMARY KEY REFERENCES account (id),
    slug          text    NOT NULL UNIQUE CHECK (slug ~ '^[a-z]([a-z0-9]|-(?=[a-z0-9]))*$' AND length(slug) BETWEEN 3 AND 40),
    about         text    NOT NULL,
    experience    text    NOT NULL,
    education     text    NOT NULL,
    photo_file_id uuid,
    gallery       uuid[]  NOT NULL,
    website       text,
    email         text,
    phone         text,
    address       text,
    socials       text[]  NOT NULL,
    theme         text    NOT NULL CHECK (theme IN ('CLASSIC', 'NIGHT', 'WARM')),
    accent        text    NOT NULL CHECK (accent ~ '^#[0-9a-f]{6}$'),
    sections      text[]  NOT NULL,
    published     boolean NOT NULL
);
