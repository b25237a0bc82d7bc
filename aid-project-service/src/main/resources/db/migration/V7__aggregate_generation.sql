-- A number that changes whenever an aggregate's answer may: every transaction that writes to a table the aggregates
-- read (the rollup's cells, its views, the exchange rates) adds one to it when it commits. A service keeps answers to
-- repeated questions with the number they were made at, and gives one again only while the number read before it
-- is the same: the sum only grows, so an equal sum means the same committed writes, in any service replica.
-- The count is spread over 16 rows picked by transaction id, so that concurrent writers rarely wait for each other.
CREATE TABLE aggregate_generation (
    shard   int    PRIMARY KEY,
    changes bigint NOT NULL
);
INSERT INTO aggregate_generation (shard, changes) SELECT s, 0 FROM generate_series(0, 15) AS s;

CREATE FUNCTION count_aggregate_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- once per transaction: a write runs several statements on these tables
    IF current_setting('aid_project.aggregate_changed', true) IS DISTINCT FROM txid_current()::text THEN
        -- an upsert: should the rows be gone (a TRUNCATE of the schema), they come back
        INSERT INTO aggregate_generation AS g (shard, changes) VALUES (txid_current() % 16, 1)
        ON CONFLICT (shard) DO UPDATE SET changes = g.changes + 1;
        PERFORM set_config('aid_project.aggregate_changed', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER aggregate_cell_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_cell
    FOR EACH STATEMENT EXECUTE FUNCTION count_aggregate_change();
CREATE TRIGGER aggregate_view_money_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_view_money
    FOR EACH STATEMENT EXECUTE FUNCTION count_aggregate_change();
CREATE TRIGGER aggregate_view_count_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_view_count
    FOR EACH STATEMENT EXECUTE FUNCTION count_aggregate_change();
CREATE TRIGGER exchange_rate_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON exchange_rate
    FOR EACH STATEMENT EXECUTE FUNCTION count_aggregate_change();
