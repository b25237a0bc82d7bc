-- Rollups for the aggregates (issue 6): money already split over each project's provinces and sectors, one row per
-- project, province, sector, year and currency, so an aggregate reads one row per project-cell instead of one per
-- transaction × location × sector. The project stays in the key because the aggregates count distinct projects and
-- donors, which do not add up across cells; amounts stay in their own currency because each year converts at its
-- own rate. The project's dimensions are copied here so an aggregate reads this table alone. The service keeps it in
-- the transaction of each write: a transaction adds to its project's cells, a project update rebuilds them.

-- Each project's share of money per province and sector: location share × sector share (equal shares where no
-- percentage is given), a province listed twice (two districts) summed. Products and sums of numeric are exact.
CREATE VIEW project_split AS
SELECT p.id AS project_id, l.province, s.code AS sector, sum(l.weight * s.weight) AS weight,
       p.modality, p.donor_country_code, p.donor_type, p.approval_level, p.status, p.donor_name,
       coalesce(p.donor_organization_id::text, p.donor_type || ':' || lower(p.donor_name)) AS donor_key
FROM project p
JOIN (SELECT project_id, province,
             coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
      FROM project_location) l ON l.project_id = p.id
JOIN (SELECT project_id, code,
             coalesce(percentage / 100, 1::numeric / count(*) OVER (PARTITION BY project_id)) AS weight
      FROM project_sector) s ON s.project_id = p.id
GROUP BY p.id, l.province, s.code;

CREATE TABLE aggregate_cell (
    project_id         uuid        NOT NULL REFERENCES project (id),
    province           varchar(2)  NOT NULL,
    sector             varchar(5)  NOT NULL,
    year               int         NOT NULL,
    currency           varchar(3)  NOT NULL,
    committed          numeric     NOT NULL, -- sum of amount × share, in the cell's currency, unrounded
    disbursed          numeric     NOT NULL,
    modality           varchar(20) NOT NULL,
    donor_country_code varchar(2),
    donor_type         varchar(30) NOT NULL,
    approval_level     varchar(20) NOT NULL,
    status             varchar(20) NOT NULL,
    donor_name         varchar(300) NOT NULL,
    donor_key          text        NOT NULL, -- the organization id, or type:name for a donor outside the registry
    PRIMARY KEY (project_id, province, sector, year, currency)
);

-- The cells as the raw transactions give them: the backfill below, a project's rebuild, and the proof in the tests.
CREATE VIEW aggregate_cell_source AS
SELECT t.project_id, ps.province, ps.sector, extract(year FROM t.date)::int AS year, t.currency,
       coalesce(sum(t.amount * ps.weight) FILTER (WHERE t.type = 'COMMITMENT'), 0) AS committed,
       coalesce(sum(t.amount * ps.weight) FILTER (WHERE t.type = 'DISBURSEMENT'), 0) AS disbursed,
       min(ps.modality) AS modality, min(ps.donor_country_code) AS donor_country_code, min(ps.donor_type) AS donor_type,
       min(ps.approval_level) AS approval_level, min(ps.status) AS status, min(ps.donor_name) AS donor_name,
       min(ps.donor_key) AS donor_key
FROM aid_transaction t
JOIN project_split ps ON ps.project_id = t.project_id
GROUP BY t.project_id, ps.province, ps.sector, extract(year FROM t.date)::int, t.currency;

INSERT INTO aggregate_cell SELECT * FROM aggregate_cell_source;

-- The aggregates' filters on the project's dimensions and years, for the filtered reads
CREATE INDEX aggregate_cell_province_year ON aggregate_cell (province, year);
CREATE INDEX aggregate_cell_sector_year ON aggregate_cell (sector, year);
CREATE INDEX aggregate_cell_donor_key ON aggregate_cell (donor_key);
