-- A client's `Записи` lists the Pending and Accepted appointments still to come. Cancelled and
-- rejected ones stay in the table for the client's past list and the history, and a client who
-- books and cancels often piles them up: this index leaves them out, as the exclusion
-- constraint's does for the specialist.
CREATE INDEX appointment_holding_time_by_client ON appointment (client_id, ends_at)
    WHERE status IN ('PENDING', 'ACCEPTED');
