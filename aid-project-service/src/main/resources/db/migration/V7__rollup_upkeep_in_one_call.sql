-- The upkeep of the rollup (V4) and its views (V6) in one call, so that a write pays one round trip for it instead of
-- seven (issue 6: a POST of a transaction read the views before, changed the cells, read them after and added the
-- difference, each a statement of its own).
--
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
BEGIN
    IF p_cells IS NULL OR EXISTS (
            SELECT 1 FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int)
            WHERE NOT EXISTS (SELECT 1 FROM aggregate_cell c WHERE c.project_id = m.project_id AND c.year = m.year)) THEN
        SELECT coalesce(array_agg(d.donor_key), '{}') INTO donors
        FROM (SELECT donor_key FROM aggregate_cell WHERE project_id = ANY (p_projects)
              UNION SELECT donor_key FROM project_split WHERE project_id = ANY (p_projects)) d;
        PERFORM pg_advisory_xact_lock(l.id)
        FROM (SELECT DISTINCT hashtextextended(k, 6) AS id FROM unnest(donors) AS k ORDER BY 1) l;
    END IF;

    SELECT jsonb_agg(r) INTO before FROM aggregate_view_rows(p_projects, donors) r;

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

    -- after minus before, rows that come to nothing left out
    PERFORM add_to_aggregate_views(d.difference)
    FROM (SELECT jsonb_agg(x) AS difference
          FROM (SELECT a.kind, a.dimension, a.value, a.counted, a.year, a.previous_year,
                       sum(a.n) AS n, sum(a.committed) AS committed, sum(a.disbursed) AS disbursed
                FROM (SELECT * FROM aggregate_view_rows(p_projects, donors)
                      UNION ALL
                      SELECT b.kind, b.dimension, b.value, b.counted, b.year, b.previous_year,
                             -b.n, -b.committed, -b.disbursed
                      FROM jsonb_to_recordset(before)
                               AS b (kind text, dimension text, value text, counted text, year int,
                                     previous_year int, n bigint, committed numeric, disbursed numeric)) a
                GROUP BY a.kind, a.dimension, a.value, a.counted, a.year, a.previous_year
                HAVING sum(a.n) <> 0 OR sum(a.committed) <> 0 OR sum(a.disbursed) <> 0) x) d
    WHERE d.difference IS NOT NULL;
END
$$;
