-- A specialist's schedule exceptions (decision D30), dates and clock times on the specialist's own
-- calendar. A holiday is one date, a vacation a range of dates, both without times. An absence is
-- one row: its clock times on each date of its range. An override of a date's working hours is one
-- row per interval, all on that date (a date has at most one override).
CREATE TABLE schedule_exception (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    specialist_id uuid NOT NULL REFERENCES schedule (specialist_id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('HOLIDAY', 'VACATION', 'ABSENCE', 'OVERRIDE')),
    first_day     date NOT NULL,
    last_day      date NOT NULL CHECK (last_day >= first_day),
    starts        time,
    ends          time CHECK (ends > starts),
    CHECK ((kind IN ('HOLIDAY', 'VACATION')) = (starts IS NULL AND ends IS NULL)),
    CHECK (kind IN ('HOLIDAY', 'VACATION') OR (starts IS NOT NULL AND ends IS NOT NULL)),
    CHECK (kind NOT IN ('HOLIDAY', 'OVERRIDE') OR first_day = last_day)
);

CREATE INDEX schedule_exception_by_specialist ON schedule_exception (specialist_id, first_day);
