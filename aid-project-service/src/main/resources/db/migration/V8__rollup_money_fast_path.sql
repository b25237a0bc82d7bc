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

-- What the service calls to add money (change_rollup of V6 stays the general case, and the call for a rebuild)
CREATE FUNCTION add_money_to_rollup(p_projects uuid[], p_cells jsonb) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(p_cells) AS m (project_id uuid, year int, currency varchar)
                   WHERE NOT EXISTS (SELECT 1 FROM aggregate_cell c
                                     WHERE (c.project_id, c.year, c.currency) = (m.project_id, m.year, m.currency))) THEN
        PERFORM add_money_to_existing_cells(p_projects, p_cells);
    ELSE
        PERFORM change_rollup(p_projects, p_cells);
    END IF;
END
$$;
