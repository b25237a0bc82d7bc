-- A second number of the same kind as the aggregates' (V7): it changes whenever a project, its locations or its
-- sectors change, so that the project list's counts of a filter can be kept while it is the same. One function now
-- counts for both, the generation table named by the trigger's argument.
CREATE FUNCTION count_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    counted text := 'aid_project.' || TG_ARGV[0];
BEGIN
    -- once per transaction and generation: a write runs several statements on these tables
    IF current_setting(counted, true) IS DISTINCT FROM txid_current()::text THEN
        -- an upsert: should the rows be gone (a TRUNCATE of the schema), they come back
        EXECUTE format('INSERT INTO %I AS g (shard, changes) VALUES ($1, 1) '
                       'ON CONFLICT (shard) DO UPDATE SET changes = g.changes + 1', TG_ARGV[0])
            USING txid_current() % 16;
        PERFORM set_config(counted, txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TABLE project_generation (
    shard   int    PRIMARY KEY,
    changes bigint NOT NULL
);
INSERT INTO project_generation (shard, changes) SELECT s, 0 FROM generate_series(0, 15) AS s;

CREATE TRIGGER project_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('project_generation');
CREATE TRIGGER project_location_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_location
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('project_generation');
CREATE TRIGGER project_sector_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_sector
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('project_generation');

-- the aggregates' triggers call the same function
DROP TRIGGER aggregate_cell_changed ON aggregate_cell;
DROP TRIGGER aggregate_view_money_changed ON aggregate_view_money;
DROP TRIGGER aggregate_view_count_changed ON aggregate_view_count;
DROP TRIGGER exchange_rate_changed ON exchange_rate;
DROP FUNCTION count_aggregate_change();
CREATE TRIGGER aggregate_cell_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_cell
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('aggregate_generation');
CREATE TRIGGER aggregate_view_money_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_view_money
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('aggregate_generation');
CREATE TRIGGER aggregate_view_count_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON aggregate_view_count
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('aggregate_generation');
CREATE TRIGGER exchange_rate_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON exchange_rate
    FOR EACH STATEMENT EXECUTE FUNCTION count_change('aggregate_generation');
