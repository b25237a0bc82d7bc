-- Aggregates whose cost does not grow with the data (issue 6): the rollup of V4 keeps one row per project and cell,
-- so a national aggregate still reads millions of rows on a large data set. These views keep each dimension's figures
-- per value and year: money per currency, which adds up, and the distinct counts of projects and organizations,
-- which do not. A count over a range of years is kept as year chains: each member (a project, or a donor) contributes
-- one row (year, previous year it was present, 0 for none) for every year it is present in. A member is present in
-- [a, b] exactly when one of its chain rows has a <= year <= b and previous_year < a, and at most one row can, so
--   members in [a, b] = sum(members) WHERE year BETWEEN a AND b AND previous_year < a,
-- which reads a few rows per value and year whatever the number of projects. The service keeps both tables in the
-- transaction of every write to aggregate_cell, adding the difference between the figures before and after it.

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
);

-- Year chains of the projects and organizations present under each dimension value
CREATE TABLE aggregate_view_count (
    dimension     varchar(20) NOT NULL,
    value         varchar(30) NOT NULL,
    counted       varchar(12) NOT NULL, -- project or organization
    year          int         NOT NULL,
    previous_year int         NOT NULL,
    members       bigint      NOT NULL,
    PRIMARY KEY (dimension, value, counted, year, previous_year)
);

-- What the cells of these projects, and the year chains of these donors, contribute to the two tables
CREATE FUNCTION aggregate_view_rows(p_projects uuid[], p_donors text[])
    RETURNS TABLE (kind text, dimension text, value text, counted text, year int, previous_year int, n bigint,
                   committed numeric, disbursed numeric)
    LANGUAGE sql STABLE AS
$$
SELECT 'money', v.dimension, v.value, v.currency, v.year, 0, count(*), sum(v.committed), sum(v.disbursed)
FROM aggregate_cell_value v
WHERE v.project_id = ANY (p_projects) AND v.dimension <> ''
GROUP BY v.dimension, v.value, v.currency, v.year
UNION ALL
SELECT 'count', m.dimension, m.value, m.counted, m.year, m.previous_year, count(*), 0, 0
FROM (SELECT p.dimension, p.value, 'project' AS counted, p.year,
             coalesce(lag(p.year) OVER (PARTITION BY p.project_id, p.dimension, p.value ORDER BY p.year), 0) AS previous_year
      FROM (SELECT DISTINCT v.project_id, v.dimension, v.value, v.year
            FROM aggregate_cell_value v WHERE v.project_id = ANY (p_projects)) p
      UNION ALL
      SELECT o.dimension, o.value, 'organization', o.year,
             coalesce(lag(o.year) OVER (PARTITION BY o.donor_key, o.dimension, o.value ORDER BY o.year), 0)
      FROM (SELECT DISTINCT v.donor_key, v.dimension, v.value, v.year
            FROM aggregate_cell_value v WHERE v.donor_key = ANY (p_donors)) o) m
GROUP BY m.dimension, m.value, m.counted, m.year, m.previous_year
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

-- Both tables from the cells, a few hundred donors (and their projects) at a time: the backfill below, and the
-- benchmark generator after its bulk load
CREATE FUNCTION rebuild_aggregate_views() RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    donors text[];
BEGIN
    DELETE FROM aggregate_view_money;
    DELETE FROM aggregate_view_count;
    FOR donors IN
        SELECT array_agg(d.donor_key)
        FROM (SELECT c.donor_key, (dense_rank() OVER (ORDER BY c.donor_key) - 1) / 250 AS chunk
              FROM (SELECT DISTINCT donor_key FROM aggregate_cell) c) d
        GROUP BY d.chunk
    LOOP
        PERFORM add_to_aggregate_views(
                (SELECT jsonb_agg(r) FROM aggregate_view_rows(
                        ARRAY(SELECT DISTINCT project_id FROM aggregate_cell WHERE donor_key = ANY (donors)), donors) r));
    END LOOP;
END
$$;

SELECT rebuild_aggregate_views();
