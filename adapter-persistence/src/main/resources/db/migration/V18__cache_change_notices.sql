-- Each instance keeps rows that are read far more often than written in memory (decisions.md D79).
-- A change to one of them, by any instance or by hand, is announced on the channel
-- 'kalenner_cache' as '<table>:<key>' (the key columns given to the trigger, joined by ':'), or
-- '<table>:*' when the table is truncated; every instance listens and forgets what changed.
-- NOTIFY is transactional: the notice goes out when the change commits, and not at all if it
-- rolls back; the same notice twice in one transaction is sent once.
CREATE FUNCTION notify_cached_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_column text;
    old_key    text[] := '{}';
    new_key    text[] := '{}';
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        PERFORM pg_notify('kalenner_cache', TG_TABLE_NAME || ':*');
        RETURN NULL;
    END IF;
    FOREACH key_column IN ARRAY TG_ARGV LOOP
        IF TG_OP <> 'INSERT' THEN
            old_key := old_key || (to_jsonb(OLD) ->> key_column);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            new_key := new_key || (to_jsonb(NEW) ->> key_column);
        END IF;
    END LOOP;
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('kalenner_cache', TG_TABLE_NAME || ':' || array_to_string(old_key, ':'));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('kalenner_cache', TG_TABLE_NAME || ':' || array_to_string(new_key, ':'));
    END IF;
    RETURN NULL;
END
$$;

-- The cached tables, each with the columns that key its notices.
DO $$
DECLARE
    cached record;
BEGIN
    FOR cached IN SELECT * FROM (VALUES
            ('account',             '''id'''),
            ('client_provider',     '''client_id'', ''provider_id'''),
            ('organization_member', '''organization_id'', ''specialist_id'''),
            ('service',             '''id'', ''provider_id'''),
            ('schedule',            '''specialist_id'''),
            ('working_hours',       '''specialist_id'''),
            ('schedule_exception',  '''specialist_id'''),
            ('package_purchase',    '''client_id'', ''provider_id'''),
            ('profile',             '''provider_id'''),
            ('conversation_state',  '''chat_id''')) AS t (table_name, key_columns)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION notify_cached_change(%s)',
                cached.table_name || '_cached', cached.table_name, cached.key_columns);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_cached_change()',
                cached.table_name || '_truncated', cached.table_name);
    END LOOP;
END
$$;
