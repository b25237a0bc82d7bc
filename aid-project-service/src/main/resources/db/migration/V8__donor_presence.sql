-- The donors' year chains (V6) kept from a table of their presence instead of recomputed from all their cells: on
-- the large benchmark set a donor has up to 55,000 cells, and a write that made one of its projects present in a new
-- year spent up to a second recomputing the donor's chains. aggregate_donor_presence counts, per dimension value,
-- donor and year, the donor's projects present there; a write changes those counts by its projects' difference, and
-- only where a count comes to or leaves zero does the donor's chain in that value change, which is read from this
-- table (at most one row a year).
CREATE TABLE aggregate_donor_presence (
    dimension varchar(20) NOT NULL,
    value     varchar(30) NOT NULL,
    donor_key text        NOT NULL,
    year      int         NOT NULL,
    projects  bigint      NOT NULL,
    PRIMARY KEY (dimension, value, donor_key, year)
);

-- The views' rows are few and each write updates some of them: room in each page keeps those updates in place
ALTER TABLE aggregate_view_money SET (fillfactor = 50);
ALTER TABLE aggregate_view_count SET (fillfactor = 50);

-- What the cells of these projects contribute to the money and to the projects' year chains (the donors' chains are
-- kept by change_rollup from aggregate_donor_presence)
DROP FUNCTION aggregate_view_rows(uuid[], text[]) CASCADE;
CREATE FUNCTION aggregate_view_rows(p_projects uuid[])
    RETURNS TABLE (kind text, dimension text, value text, counted text, year int, previous_year int, n bigint,
                   committed numeric, disbursed numeric)
    LANGUAGE sql STABLE AS
$$
SELECT 'money', v.dimension, v.value, v.currency, v.year, 0, count(*), sum(v.committed), sum(v.disbursed)
FROM aggregate_cell_value v
WHERE v.project_id = ANY (p_projects) AND v.dimension <> ''
GROUP BY v.dimension, v.value, v.currency, v.year
UNION ALL
SELECT 'count', m.dimension, m.value, 'project', m.year, m.previous_year, count(*), 0, 0
FROM (SELECT p.dimension, p.value, p.year,
             coalesce(lag(p.year) OVER (PARTITION BY p.project_id, p.dimension, p.value ORDER BY p.year), 0) AS previous_year
      FROM (SELECT DISTINCT v.project_id, v.dimension, v.value, v.year
            FROM aggregate_cell_value v WHERE v.project_id = ANY (p_projects)) p) m
GROUP BY m.dimension, m.value, m.year, m.previous_year
$$;

-- The year-chain rows of these donors in these dimension values, as aggregate_view_rows shapes its rows
CREATE FUNCTION donor_chain_rows(p_groups jsonb)
    RETURNS TABLE (kind text, dimension text, value text, counted text, year int, previous_year int, n bigint,
                   committed numeric, disbursed numeric)
    LANGUAGE sql STABLE AS
$$
SELECT 'count', c.dimension, c.value, 'organization', c.year, c.previous_year, count(*), 0, 0
FROM (SELECT p.dimension, p.value, p.year,
             coalesce(lag(p.year) OVER (PARTITION BY p.dimension, p.value, p.donor_key ORDER BY p.year), 0) AS previous_year
      FROM aggregate_donor_presence p
      JOIN jsonb_to_recordset(p_groups) AS g (dimension text, value text, donor_key text)
        ON (g.dimension, g.value, g.donor_key) = (p.dimension, p.value, p.donor_key)) c
GROUP BY c.dimension, c.value, c.year, c.previous_year
$$;

CREATE OR REPLACE FUNCTION change_rollup(p_projects uuid[], p_cells jsonb) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    donors text[] := '{}';
    before jsonb;
    presence_before jsonb;
    changed jsonb;
    chains_before jsonb;
BEGIN
    IF p_cells IS NULL OR EXISTS (
            SELECT 1 FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int)
            WHERE NOT EXISTS (SELECT 1 FROM aggregate_cell c WHERE c.project_id = m.project_id AND c.year = m.year)) THEN
        SELECT coalesce(array_agg(d.donor_key), '{}') INTO donors
        FROM (SELECT donor_key FROM aggregate_cell WHERE project_id = ANY (p_projects)
              UNION SELECT donor_key FROM project_split WHERE project_id = ANY (p_projects)) d;
        PERFORM pg_advisory_xact_lock(l.id)
        FROM (SELECT DISTINCT hashtextextended(k, 6) AS id FROM unnest(donors) AS k ORDER BY 1) l;
        SELECT jsonb_agg(x) INTO presence_before FROM project_presence(p_projects) x;
    END IF;

    SELECT jsonb_agg(r) INTO before FROM aggregate_view_rows(p_projects) r;

    IF p_cells IS NULL THEN
        DELETE FROM aggregate_cell WHERE project_id = ANY (p_projects);
        INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source WHERE project_id = ANY (p_projects);
    ELSE
        INSERT INTO aggregate_cell (project_id, province, sector, year, currency, committed, disbursed, modality,
                                    donor_country_code, donor_type, approval_level, status, donor_name, donor_key)
        SELECT ps.project_id, ps.province, ps.sector, m.year, m.currency, m.committed * ps.weight,
               m.disbursed * ps.weight, ps.modality, ps.donor_country_code, ps.donor_type, ps.approval_level,
               ps.status, ps.donor_name, ps.donor_key
        FROM jsonb_to_recordset(p_cells)
                 AS m (project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
        JOIN project_split ps ON ps.project_id = m.project_id
        WHERE ps.project_id = ANY (p_projects)
        ORDER BY ps.project_id, ps.province, ps.sector, m.year, m.currency
        ON CONFLICT (project_id, province, sector, year, currency) DO UPDATE
            SET committed = aggregate_cell.committed + excluded.committed,
                disbursed = aggregate_cell.disbursed + excluded.disbursed;
    END IF;

    IF donors <> '{}' THEN
        -- the donors' presence counts change by the projects' difference; their chains change in the groups
        -- (dimension value and donor) where a count came to or left zero
        WITH difference AS (
            SELECT d.dimension, d.value, d.donor_key, d.year, sum(d.n) AS n
            FROM (SELECT x.dimension, x.value, x.donor_key, x.year, x.n FROM project_presence(p_projects) x
                  UNION ALL
                  SELECT b.dimension, b.value, b.donor_key, b.year, -b.n
                  FROM jsonb_to_recordset(presence_before)
                           AS b (dimension text, value text, donor_key text, year int, n bigint)) d
            GROUP BY d.dimension, d.value, d.donor_key, d.year
            HAVING sum(d.n) <> 0)
        SELECT jsonb_agg(f) INTO changed
        FROM (SELECT f.dimension, f.value, f.donor_key, f.year, f.n,
                     coalesce(p.projects, 0) = 0 OR coalesce(p.projects, 0) + f.n = 0 AS crosses
              FROM difference f
              LEFT JOIN aggregate_donor_presence p
                ON (p.dimension, p.value, p.donor_key, p.year) = (f.dimension, f.value, f.donor_key, f.year)
              ORDER BY f.dimension, f.value, f.donor_key, f.year) f;

        SELECT jsonb_agg(c) INTO chains_before
        FROM donor_chain_rows((SELECT jsonb_agg(DISTINCT jsonb_build_object('dimension', g.dimension,
                                      'value', g.value, 'donor_key', g.donor_key))
                               FROM jsonb_to_recordset(changed) AS g (dimension text, value text, donor_key text,
                                                                      crosses boolean)
                               WHERE g.crosses)) c;

        INSERT INTO aggregate_donor_presence AS t (dimension, value, donor_key, year, projects)
        SELECT c.dimension, c.value, c.donor_key, c.year, c.n
        FROM jsonb_to_recordset(changed) AS c (dimension text, value text, donor_key text, year int, n bigint)
        ON CONFLICT (dimension, value, donor_key, year) DO UPDATE SET projects = t.projects + excluded.projects;
        DELETE FROM aggregate_donor_presence t
        USING jsonb_to_recordset(changed) AS c (dimension text, value text, donor_key text, year int)
        WHERE (t.dimension, t.value, t.donor_key, t.year) = (c.dimension, c.value, c.donor_key, c.year)
          AND t.projects = 0;
    END IF;

    -- after minus before, rows that come to nothing left out
    PERFORM add_to_aggregate_views(d.difference)
    FROM (SELECT jsonb_agg(x) AS difference
          FROM (SELECT a.kind, a.dimension, a.value, a.counted, a.year, a.previous_year,
                       sum(a.n) AS n, sum(a.committed) AS committed, sum(a.disbursed) AS disbursed
                FROM (SELECT * FROM aggregate_view_rows(p_projects)
                      UNION ALL
                      SELECT * FROM donor_chain_rows((
                          SELECT jsonb_agg(DISTINCT jsonb_build_object('dimension', g.dimension, 'value', g.value,
                                                                       'donor_key', g.donor_key))
                          FROM jsonb_to_recordset(changed) AS g (dimension text, value text, donor_key text,
                                                                 crosses boolean)
                          WHERE g.crosses))
                      UNION ALL
                      SELECT b.kind, b.dimension, b.value, b.counted, b.year, b.previous_year,
                             -b.n, -b.committed, -b.disbursed
                      FROM jsonb_to_recordset(coalesce(before, '[]') || coalesce(chains_before, '[]'))
                               AS b (kind text, dimension text, value text, counted text, year int,
                                     previous_year int, n bigint, committed numeric, disbursed numeric)) a
                GROUP BY a.kind, a.dimension, a.value, a.counted, a.year, a.previous_year
                HAVING sum(a.n) <> 0 OR sum(a.committed) <> 0 OR sum(a.disbursed) <> 0) x) d
    WHERE d.difference IS NOT NULL;
END
$$;

-- Each project's presence under every dimension value in each year, with its donor: one per project
CREATE FUNCTION project_presence(p_projects uuid[])
    RETURNS TABLE (dimension text, value text, donor_key text, year int, n bigint)
    LANGUAGE sql STABLE AS
$$
SELECT p.dimension, p.value, p.donor_key, p.year, count(*)
FROM (SELECT DISTINCT v.project_id, v.dimension, v.value, v.donor_key, v.year
      FROM aggregate_cell_value v WHERE v.project_id = ANY (p_projects)) p
GROUP BY p.dimension, p.value, p.donor_key, p.year
$$;

-- All three tables from the cells: the backfill below, and the benchmark generator after its bulk load
CREATE OR REPLACE FUNCTION rebuild_aggregate_views() RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    projects uuid[];
BEGIN
    DELETE FROM aggregate_view_money;
    DELETE FROM aggregate_view_count;
    DELETE FROM aggregate_donor_presence;
    INSERT INTO aggregate_donor_presence (dimension, value, donor_key, year, projects)
    SELECT p.dimension, p.value, p.donor_key, p.year, count(*)
    FROM (SELECT DISTINCT v.project_id, v.dimension, v.value, v.donor_key, v.year FROM aggregate_cell_value v) p
    GROUP BY p.dimension, p.value, p.donor_key, p.year;
    -- the money and the projects' chains a few thousand projects at a time, as the writes compute them, gathered in
    -- a temporary table and written once (adding chunk by chunk would leave a dead row version per chunk and row)
    CREATE TEMPORARY TABLE view_rows ON COMMIT DROP AS SELECT * FROM aggregate_view_rows('{}');
    FOR projects IN
        SELECT array_agg(c.project_id)
        FROM (SELECT p.project_id, (row_number() OVER (ORDER BY p.project_id) - 1) / 5000 AS chunk
              FROM (SELECT DISTINCT project_id FROM aggregate_cell) p) c
        GROUP BY c.chunk
    LOOP
        INSERT INTO view_rows SELECT * FROM aggregate_view_rows(projects);
    END LOOP;
    INSERT INTO aggregate_view_money (dimension, value, year, currency, cells, committed, disbursed)
    SELECT r.dimension, r.value, r.year, r.counted, sum(r.n), sum(r.committed), sum(r.disbursed)
    FROM view_rows r WHERE r.kind = 'money'
    GROUP BY r.dimension, r.value, r.year, r.counted;
    INSERT INTO aggregate_view_count (dimension, value, counted, year, previous_year, members)
    SELECT r.dimension, r.value, r.counted, r.year, r.previous_year, sum(r.n)
    FROM view_rows r WHERE r.kind = 'count'
    GROUP BY r.dimension, r.value, r.counted, r.year, r.previous_year;
    DROP TABLE view_rows;
    INSERT INTO aggregate_view_count (dimension, value, counted, year, previous_year, members)
    SELECT c.dimension, c.value, 'organization', c.year, c.previous_year, count(*)
    FROM (SELECT p.dimension, p.value, p.year,
                 coalesce(lag(p.year) OVER (PARTITION BY p.dimension, p.value, p.donor_key ORDER BY p.year), 0) AS previous_year
          FROM aggregate_donor_presence p) c
    GROUP BY c.dimension, c.value, c.year, c.previous_year;
END
$$;

SELECT rebuild_aggregate_views();
