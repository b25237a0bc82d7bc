-- Aggregates whose cost does not grow with the data (issue 6): the rollup of V4 keeps one row per project and cell,
-- so a national aggregate still reads millions of rows on a large data set. These views keep each dimension's figures
-- per value and year: money per currency, which adds up, and the distinct counts of projects and organizations,
-- which do not. A count over a range of years is kept as year chains: each member (a project, or a donor) contributes
-- one row (year, previous year it was present, 0 for none) for every year it is present in. A member is present in
-- [a, b] exactly when one of its chain rows has a <= year <= b and previous_year < a, and at most one row can, so
--   members in [a, b] = sum(members) WHERE year BETWEEN a AND b AND previous_year < a,
-- which reads a few rows per value and year whatever the number of projects. The donors' chains are kept from
-- aggregate_donor_presence, which counts per value, donor and year the donor's projects present there: a write
-- changes those counts by its projects' difference, and only where a count comes to or leaves zero does the donor's
-- chain change (on the large benchmark set a donor has up to 55,000 cells, too many to recompute its chains from on
-- every write). The service keeps all of it in the transaction of every write with one call of change_rollup.

-- project_split (V4) again, with each project's shares counted inside a lateral subquery instead of by window
-- functions over whole tables: a write names its projects as an array (project_id = ANY (…)), which the planner
-- cannot push into a window's partitions, so it scanned every location and sector; now it reads the projects' own
-- rows by index. Same columns, same weights.
CREATE OR REPLACE VIEW project_split AS
SELECT p.id AS project_id, l.province, s.code AS sector, sum(l.weight * s.weight) AS weight,
       p.modality, p.donor_country_code, p.donor_type, p.approval_level, p.status, p.donor_name,
       coalesce(p.donor_organization_id::text, p.donor_type || ':' || lower(p.donor_name)) AS donor_key
FROM project p
CROSS JOIN LATERAL (SELECT pl.province, coalesce(pl.percentage / 100, 1::numeric / count(*) OVER ()) AS weight
                    FROM project_location pl WHERE pl.project_id = p.id) l
CROSS JOIN LATERAL (SELECT pc.code, coalesce(pc.percentage / 100, 1::numeric / count(*) OVER ()) AS weight
                    FROM project_sector pc WHERE pc.project_id = p.id) s
GROUP BY p.id, l.province, s.code;

-- Each cell under every dimension a view groups by; '' is the view of everything
CREATE VIEW aggregate_cell_value AS
SELECT c.project_id, c.donor_key, c.year, c.currency, c.committed, c.disbursed, d.dimension, d.value
FROM aggregate_cell c
CROSS JOIN LATERAL (VALUES ('', ''), ('province', c.province), ('sector', c.sector), ('modality', c.modality),
                           ('donorCountry', coalesce(c.donor_country_code, '')), ('donorType', c.donor_type),
                           ('approvalLevel', c.approval_level), ('status', c.status)) AS d (dimension, value);

-- Money per dimension value, year and currency, summed from the cells; cells counts them, so a row exists exactly
-- while a cell does (an aggregate then asks for the same rates as over the cells)
CREATE TABLE aggregate_view_money (
    dimension varchar(20) NOT NULL, -- an aggregate's groupBy name; everything is the sum of the province rows
    value     varchar(30) NOT NULL, -- '' for a donor without country
    year      int         NOT NULL,
    currency  varchar(3)  NOT NULL,
    cells     bigint      NOT NULL,
    committed numeric     NOT NULL,
    disbursed numeric     NOT NULL,
    PRIMARY KEY (dimension, value, year, currency)
) WITH (fillfactor = 50); -- few rows, updated by each write: room in each page keeps the updates in place

-- Year chains of the projects and organizations present under each dimension value
CREATE TABLE aggregate_view_count (
    dimension     varchar(20) NOT NULL,
    value         varchar(30) NOT NULL,
    counted       varchar(12) NOT NULL, -- project or organization
    year          int         NOT NULL,
    previous_year int         NOT NULL,
    members       bigint      NOT NULL,
    PRIMARY KEY (dimension, value, counted, year, previous_year)
) WITH (fillfactor = 50);

-- How many of each donor's projects are present in each dimension value and year
CREATE TABLE aggregate_donor_presence (
    dimension varchar(20) NOT NULL,
    value     varchar(30) NOT NULL,
    donor_key text        NOT NULL,
    year      int         NOT NULL,
    projects  bigint      NOT NULL,
    PRIMARY KEY (dimension, value, donor_key, year)
);

-- What the cells of these projects contribute to the money and to the projects' year chains (the donors' chains are
-- kept by change_rollup from aggregate_donor_presence)
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

-- Adds rows shaped as aggregate_view_rows returns them (a JSON array), in key order so that two writers never wait
-- on each other's rows crosswise; rows that come to nothing are removed
CREATE FUNCTION add_to_aggregate_views(p_rows jsonb) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO aggregate_view_money AS t (dimension, value, year, currency, cells, committed, disbursed)
SELECT r.dimension, r.value, r.year, r.counted, r.n, r.committed, r.disbursed
FROM jsonb_to_recordset(p_rows) AS r (kind text, dimension text, value text, counted text, year int, n bigint,
                                      committed numeric, disbursed numeric)
WHERE r.kind = 'money'
ORDER BY r.dimension, r.value, r.year, r.counted
ON CONFLICT (dimension, value, year, currency) DO UPDATE
    SET cells = t.cells + excluded.cells, committed = t.committed + excluded.committed,
        disbursed = t.disbursed + excluded.disbursed;
INSERT INTO aggregate_view_count AS t (dimension, value, counted, year, previous_year, members)
SELECT r.dimension, r.value, r.counted, r.year, r.previous_year, r.n
FROM jsonb_to_recordset(p_rows) AS r (kind text, dimension text, value text, counted text, year int,
                                      previous_year int, n bigint)
WHERE r.kind = 'count'
ORDER BY r.dimension, r.value, r.counted, r.year, r.previous_year
ON CONFLICT (dimension, value, counted, year, previous_year) DO UPDATE SET members = t.members + excluded.members;
DELETE FROM aggregate_view_money t USING jsonb_to_recordset(p_rows) AS r (kind text, dimension text, value text,
                                                                           counted text, year int)
WHERE r.kind = 'money' AND t.cells = 0
  AND (t.dimension, t.value, t.year, t.currency) = (r.dimension, r.value, r.year, r.counted);
DELETE FROM aggregate_view_count t USING jsonb_to_recordset(p_rows) AS r (kind text, dimension text, value text,
                                                                           counted text, year int, previous_year int)
WHERE r.kind = 'count' AND t.members = 0
  AND (t.dimension, t.value, t.counted, t.year, t.previous_year) = (r.dimension, r.value, r.counted, r.year, r.previous_year);
$$;

-- change_rollup(projects, cells): with cells (a JSON array of {project_id, year, currency, committed, disbursed},
-- money summed per project, year and currency) adds that money, split by the projects' shares, to their cells; with
-- cells NULL rebuilds the projects' cells from their transactions (after a project's provinces, sectors, donor or
-- status changed). Either way the views get the difference between their figures before and after. A project new in
-- a year, or a rebuild, may change who is present where, and so the year chains of the projects' donors, which are
-- shared with the donors' other projects: the donors are locked first (transaction-scoped advisory locks, in the
-- order of the lock ids, so two writers never wait on each other crosswise). The caller holds the projects' row locks.
CREATE FUNCTION change_rollup(p_projects uuid[], p_cells jsonb) RETURNS void
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

-- All three tables from the cells: the backfill below, and the benchmark generator after its bulk load
CREATE FUNCTION rebuild_aggregate_views() RETURNS void
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
