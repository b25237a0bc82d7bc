-- The common write, money added in a year and currency a project already has money in, without the work of the
-- general case (issue 6: transaction POSTs). Nobody becomes present anywhere new, so the year chains and donor
-- presence stay as they are, no cell is created, and each money view row changes by exactly the money added, split
-- as the cells split it. The general case computes every view row of the projects before and after, over all their
-- years: on the large benchmark set about 14 ms of database time a POST, this path about 4 ms (most of it waiting
-- for the current year's view rows, which every writer updates). Same sums: numeric arithmetic is exact, so the sum
-- of the added products equals the after-minus-before of the cells.
CREATE FUNCTION add_money_to_existing_cells(p_projects uuid[], p_cells jsonb) RETURNS void
    LANGUAGE sql AS
$$
UPDATE aggregate_cell c
SET committed = c.committed + m.committed * ps.weight, disbursed = c.disbursed + m.disbursed * ps.weight
FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
JOIN project_split ps ON ps.project_id = m.project_id
WHERE ps.project_id = ANY (p_projects)
  AND (c.project_id, c.province, c.sector, c.year, c.currency) = (ps.project_id, ps.province, ps.sector, m.year, m.currency);
INSERT INTO aggregate_view_money AS t (dimension, value, year, currency, cells, committed, disbursed)
SELECT d.dimension, d.value, m.year, m.currency, 0, sum(m.committed * ps.weight), sum(m.disbursed * ps.weight)
FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int, currency varchar, committed numeric, disbursed numeric)
JOIN project_split ps ON ps.project_id = m.project_id
CROSS JOIN LATERAL (VALUES ('province', ps.province), ('sector', ps.sector), ('modality', ps.modality),
                           ('donorCountry', coalesce(ps.donor_country_code, '')), ('donorType', ps.donor_type),
                           ('approvalLevel', ps.approval_level), ('status', ps.status)) AS d (dimension, value)
WHERE ps.project_id = ANY (p_projects)
GROUP BY d.dimension, d.value, m.year, m.currency
ORDER BY d.dimension, d.value, m.year, m.currency
ON CONFLICT (dimension, value, year, currency) DO UPDATE
    SET committed = t.committed + excluded.committed, disbursed = t.disbursed + excluded.disbursed;
$$;

-- change_rollup of V6, which now takes that path first
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
    IF p_cells IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int, currency varchar)
            WHERE NOT EXISTS (SELECT 1 FROM aggregate_cell c
                              WHERE (c.project_id, c.year, c.currency) = (m.project_id, m.year, m.currency))) THEN
        PERFORM add_money_to_existing_cells(p_projects, p_cells);
        RETURN;
    END IF;

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
