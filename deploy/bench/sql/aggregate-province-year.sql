-- The SQL GET /api/v1/aggregates?groupBy=province,year&currency=USD runs for its rows and totals (AggregateQuery),
-- without the service's smaller query for the rates it used.
WITH split AS (
  SELECT c.project_id, c.year, c.currency, c.province, c.sector,
         c.modality, c.donor_country_code, c.donor_type, c.approval_level, c.status, c.donor_name, c.donor_key,
         aid_project.convert_with_rates(c.committed, c.currency, 'USD', rf.units_per_usd, rt.units_per_usd) AS committed,
         aid_project.convert_with_rates(c.disbursed, c.currency, 'USD', rf.units_per_usd, rt.units_per_usd) AS disbursed
  FROM aid_project.aggregate_cell c
  LEFT JOIN aid_project.exchange_rate rf ON rf.currency = c.currency AND rf.year = c.year
  LEFT JOIN aid_project.exchange_rate rt ON rt.currency = 'USD' AND rt.year = c.year
)
SELECT s.province, s.year, count(DISTINCT s.project_id), count(DISTINCT s.donor_key),
       coalesce(sum(s.committed), 0), coalesce(sum(s.disbursed), 0), grouping(s.province, s.year)
FROM split s
GROUP BY GROUPING SETS ((s.province, s.year), ())
ORDER BY s.province, s.year;
