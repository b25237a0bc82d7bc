-- Issue 20: the aggregates' figure `planned` (planned disbursements, split by the project's shares like the money
-- recorded) and their dimension `ownerType` (the project owner's type). Planned money lives in the rollup's cells
-- beside the money recorded: a plan of a year is a cell of the project's currency in that year, so a project planned
-- in a year is present there (counted among its projects) even before anything is recorded. The project's plan is
-- part of the project, so a PUT that revises it rebuilds the project's cells like any other change of the project.

ALTER TABLE aggregate_cell ADD COLUMN planned numeric NOT NULL DEFAULT 0; -- sum of plan × share, unrounded
ALTER TABLE aggregate_cell ADD COLUMN owner_type varchar(30);
ALTER TABLE aggregate_view_money ADD COLUMN planned numeric NOT NULL DEFAULT 0;

-- project_split of V6 with the owner's type
CREATE OR REPLACE VIEW project_split AS
SELECT p.id AS project_id, l.province, s.code AS sector, sum(l.weight * s.weight) AS weight,
       p.modality, p.donor_country_code, p.donor_type, p.approval_level, p.status, p.donor_name,
       coalesce(p.donor_organization_id::text, p.donor_type || ':' || lower(p.donor_name)) AS donor_key, p.owner_type
FROM project p
CROSS JOIN LATERAL (SELECT pl.province, coalesce(pl.percentage / 100, 1::numeric / count(*) OVER ()) AS weight
                    FROM project_location pl WHERE pl.project_id = p.id) l
CROSS JOIN LATERAL (SELECT pc.code, coalesce(pc.percentage / 100, 1::numeric / count(*) OVER ()) AS weight
                    FROM project_sector pc WHERE pc.project_id = p.id) s
GROUP BY p.id, l.province, s.code;

-- The cells as the raw transactions and plans give them (aggregate_cell's columns in its order)
CREATE OR REPLACE VIEW aggregate_cell_source AS
SELECT m.project_id, ps.province, ps.sector, m.year, m.currency,
       sum(m.committed * ps.weight) AS committed, sum(m.disbursed * ps.weight) AS disbursed,
       min(ps.modality) AS modality, min(ps.donor_country_code) AS donor_country_code, min(ps.donor_type) AS donor_type,
       min(ps.approval_level) AS approval_level, min(ps.status) AS status, min(ps.donor_name) AS donor_name,
       min(ps.donor_key) AS donor_key, sum(m.planned * ps.weight) AS planned, min(ps.owner_type) AS owner_type
FROM (SELECT t.project_id, extract(year FROM t.date)::int AS year, t.currency,
             CASE WHEN t.type = 'COMMITMENT' THEN t.amount ELSE 0 END AS committed,
             CASE WHEN t.type = 'DISBURSEMENT' THEN t.amount ELSE 0 END AS disbursed, 0 AS planned
      FROM aid_transaction t
      UNION ALL
      SELECT d.project_id, d.year, p.currency, 0, 0, d.amount
      FROM project_planned_disbursement d
      JOIN project p ON p.id = d.project_id) m
JOIN project_split ps ON ps.project_id = m.project_id
GROUP BY m.project_id, ps.province, ps.sector, m.year, m.currency;

-- define_viewed_dimensions of V9, the view aggregate_cell_value now with each cell's planned money (last: a view
-- keeps its columns' order). It lists the viewed dimensions, from aggregate_dimension: the view (each cell
-- under every viewed dimension, and under '', the view of everything) and add_money_to_existing_cells of V8. They
-- are written with a VALUES entry per dimension, not a join to the table, as the views' writes read them for every
-- cell and a join per cell costs ten times as much. '' is the value of a cell without one (a donor without country),
-- as the views' keys cannot be null. A migration adding a dimension calls it after inserting the dimension's row.
CREATE OR REPLACE FUNCTION define_viewed_dimensions() RETURNS void
    LANGUAGE plpgsql AS
$define$
DECLARE
    cell_values text;
    split_values text;
BEGIN
    SELECT string_agg(format('(%L, coalesce(CAST(c.%I AS varchar), %L))', d.name, d.cell_column, ''), ', ' ORDER BY d.name),
           string_agg(format('(%L, coalesce(CAST(ps.%I AS varchar), %L))', d.name, d.cell_column, ''), ', ' ORDER BY d.name)
    INTO cell_values, split_values
    FROM aggregate_dimension d WHERE d.viewed;
    EXECUTE format($sql$
        CREATE OR REPLACE VIEW aggregate_cell_value AS
        SELECT c.project_id, c.donor_key, c.year, c.currency, c.committed, c.disbursed, d.dimension, d.value, c.planned
        FROM aggregate_cell c
        CROSS JOIN LATERAL (VALUES ('', CAST('' AS varchar)), %s) AS d (dimension, value)$sql$, cell_values);
    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION add_money_to_existing_cells(p_projects uuid[], p_cells jsonb) RETURNS void
            LANGUAGE sql AS
        $body$
        UPDATE aggregate_cell c
        SET committed = c.committed + m.committed * ps.weight, disbursed = c.disbursed + m.disbursed * ps.weight
        FROM jsonb_to_recordset(p_cells)
                 AS m (project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
        JOIN project_split ps ON ps.project_id = m.project_id
        WHERE ps.project_id = ANY (p_projects)
          AND (c.project_id, c.province, c.sector, c.year, c.currency)
              = (ps.project_id, ps.province, ps.sector, m.year, m.currency);
        INSERT INTO aggregate_view_money AS t (dimension, value, year, currency, cells, committed, disbursed)
        SELECT d.dimension, d.value, m.year, m.currency, 0, sum(m.committed * ps.weight), sum(m.disbursed * ps.weight)
        FROM jsonb_to_recordset(p_cells)
                 AS m (project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
        JOIN project_split ps ON ps.project_id = m.project_id
        CROSS JOIN LATERAL (VALUES %s) AS d (dimension, value)
        WHERE ps.project_id = ANY (p_projects)
        GROUP BY d.dimension, d.value, m.year, m.currency
        ORDER BY d.dimension, d.value, m.year, m.currency
        ON CONFLICT (dimension, value, year, currency) DO UPDATE
            SET committed = t.committed + excluded.committed, disbursed = t.disbursed + excluded.disbursed;
        $body$$sql$, split_values);
END
$define$;

-- the new dimension, and the view and the fast path that list the viewed ones (before the functions that read the
-- view's new column, as a function's body is checked when it is created)
INSERT INTO aggregate_dimension (name, cell_column, viewed) VALUES ('ownerType', 'owner_type', true);
DROP VIEW aggregate_cell_value;
SELECT define_viewed_dimensions();

-- What the cells of these projects contribute to the money views, with the planned money
CREATE OR REPLACE FUNCTION aggregate_view_money_rows(p_projects uuid[]) RETURNS SETOF aggregate_view_money
    LANGUAGE sql STABLE AS
$$
SELECT v.dimension, v.value, v.year, v.currency, count(*), sum(v.committed), sum(v.disbursed), sum(v.planned)
FROM aggregate_cell_value v
WHERE v.project_id = ANY (p_projects) AND v.dimension <> ''
GROUP BY v.dimension, v.value, v.currency, v.year
$$;

-- add_to_aggregate_views of V9, adding the planned money too
CREATE OR REPLACE FUNCTION add_to_aggregate_views(p_money jsonb, p_counts jsonb) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO aggregate_view_money AS t
SELECT * FROM jsonb_populate_recordset(NULL::aggregate_view_money, p_money) r
ORDER BY r.dimension, r.value, r.year, r.currency
ON CONFLICT (dimension, value, year, currency) DO UPDATE
    SET cells = t.cells + excluded.cells, committed = t.committed + excluded.committed,
        disbursed = t.disbursed + excluded.disbursed, planned = t.planned + excluded.planned;
INSERT INTO aggregate_view_count AS t
SELECT * FROM jsonb_populate_recordset(NULL::aggregate_view_count, p_counts) r
ORDER BY r.dimension, r.value, r.counted, r.year, r.previous_year
ON CONFLICT (dimension, value, counted, year, previous_year) DO UPDATE SET members = t.members + excluded.members;
DELETE FROM aggregate_view_money t USING jsonb_populate_recordset(NULL::aggregate_view_money, p_money) r
WHERE t.cells = 0 AND (t.dimension, t.value, t.year, t.currency) = (r.dimension, r.value, r.year, r.currency);
DELETE FROM aggregate_view_count t USING jsonb_populate_recordset(NULL::aggregate_view_count, p_counts) r
WHERE t.members = 0
  AND (t.dimension, t.value, t.counted, t.year, t.previous_year) = (r.dimension, r.value, r.counted, r.year, r.previous_year);
$$;

-- change_rollup of V9: new cells take the owner type, and the views' difference carries the planned money
CREATE OR REPLACE FUNCTION change_rollup(p_projects uuid[], p_cells jsonb) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    donors text[] := '{}';
    money_before jsonb;
    counts_before jsonb;
    presence_before jsonb;
    changed jsonb;
    crossing jsonb;
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

    SELECT jsonb_agg(r) INTO money_before FROM aggregate_view_money_rows(p_projects) r;
    SELECT jsonb_agg(r) INTO counts_before FROM aggregate_view_project_rows(p_projects) r;

    IF p_cells IS NULL THEN
        DELETE FROM aggregate_cell WHERE project_id = ANY (p_projects);
        INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source WHERE project_id = ANY (p_projects);
    ELSE
        INSERT INTO aggregate_cell (project_id, province, sector, year, currency, committed, disbursed, modality,
                                    donor_country_code, donor_type, approval_level, status, donor_name, donor_key,
                                    owner_type)
        SELECT ps.project_id, ps.province, ps.sector, m.year, m.currency, m.committed * ps.weight,
               m.disbursed * ps.weight, ps.modality, ps.donor_country_code, ps.donor_type, ps.approval_level,
               ps.status, ps.donor_name, ps.donor_key, ps.owner_type
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

        -- the groups whose chains change, and their chains before
        SELECT jsonb_agg(DISTINCT jsonb_build_object('dimension', g.dimension, 'value', g.value, 'donor_key', g.donor_key))
        INTO crossing
        FROM jsonb_to_recordset(changed) AS g (dimension text, value text, donor_key text, crosses boolean)
        WHERE g.crosses;
        SELECT coalesce(counts_before, '[]') || coalesce(jsonb_agg(c), '[]') INTO counts_before
        FROM donor_chain_rows(crossing) c;

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
    PERFORM add_to_aggregate_views(
        (SELECT jsonb_agg(x)
         FROM (SELECT a.dimension, a.value, a.year, a.currency, sum(a.cells) AS cells, sum(a.committed) AS committed,
                      sum(a.disbursed) AS disbursed, sum(a.planned) AS planned
               FROM (SELECT * FROM aggregate_view_money_rows(p_projects)
                     UNION ALL
                     SELECT b.dimension, b.value, b.year, b.currency, -b.cells, -b.committed, -b.disbursed, -b.planned
                     FROM jsonb_populate_recordset(NULL::aggregate_view_money, money_before) b) a
               GROUP BY a.dimension, a.value, a.year, a.currency
               HAVING sum(a.cells) <> 0 OR sum(a.committed) <> 0 OR sum(a.disbursed) <> 0 OR sum(a.planned) <> 0) x),
        (SELECT jsonb_agg(x)
         FROM (SELECT a.dimension, a.value, a.counted, a.year, a.previous_year, sum(a.members) AS members
               FROM (SELECT * FROM aggregate_view_project_rows(p_projects)
                     UNION ALL
                     SELECT * FROM donor_chain_rows(crossing)
                     UNION ALL
                     SELECT b.dimension, b.value, b.counted, b.year, b.previous_year, -b.members
                     FROM jsonb_populate_recordset(NULL::aggregate_view_count, counts_before) b) a
               GROUP BY a.dimension, a.value, a.counted, a.year, a.previous_year
               HAVING sum(a.members) <> 0) x));
END
$$;

-- rebuild_aggregate_views of V9, with the planned money
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
    -- temporary tables and written once (adding chunk by chunk would leave a dead row version per chunk and row)
    CREATE TEMPORARY TABLE view_money ON COMMIT DROP AS SELECT * FROM aggregate_view_money_rows('{}');
    CREATE TEMPORARY TABLE view_count ON COMMIT DROP AS SELECT * FROM aggregate_view_project_rows('{}');
    FOR projects IN
        SELECT array_agg(c.project_id)
        FROM (SELECT p.project_id, (row_number() OVER (ORDER BY p.project_id) - 1) / 5000 AS chunk
              FROM (SELECT DISTINCT project_id FROM aggregate_cell) p) c
        GROUP BY c.chunk
    LOOP
        INSERT INTO view_money SELECT * FROM aggregate_view_money_rows(projects);
        INSERT INTO view_count SELECT * FROM aggregate_view_project_rows(projects);
    END LOOP;
    INSERT INTO aggregate_view_money (dimension, value, year, currency, cells, committed, disbursed, planned)
    SELECT r.dimension, r.value, r.year, r.currency, sum(r.cells), sum(r.committed), sum(r.disbursed), sum(r.planned)
    FROM view_money r
    GROUP BY r.dimension, r.value, r.year, r.currency;
    INSERT INTO aggregate_view_count (dimension, value, counted, year, previous_year, members)
    SELECT r.dimension, r.value, r.counted, r.year, r.previous_year, sum(r.members)
    FROM view_count r
    GROUP BY r.dimension, r.value, r.counted, r.year, r.previous_year;
    DROP TABLE view_money;
    DROP TABLE view_count;
    INSERT INTO aggregate_view_count (dimension, value, counted, year, previous_year, members)
    SELECT c.dimension, c.value, 'organization', c.year, c.previous_year, count(*)
    FROM (SELECT p.dimension, p.value, p.year,
                 coalesce(lag(p.year) OVER (PARTITION BY p.dimension, p.value, p.donor_key ORDER BY p.year), 0) AS previous_year
          FROM aggregate_donor_presence p) c
    GROUP BY c.dimension, c.value, c.year, c.previous_year;
END
$$;

-- every cell and view row again
DELETE FROM aggregate_cell;
INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source;
SELECT rebuild_aggregate_views();
