-- Annual reports (issue 19): what an organization says it committed, disbursed and ran in each province in a year.
-- When a report was due is configuration (ngo-registry.annual-report.due), so it is derived, not stored.

CREATE TABLE annual_report (
    id              uuid         PRIMARY KEY,
    organization_id uuid         NOT NULL REFERENCES organization (id),
    year            integer      NOT NULL CHECK (year BETWEEN 1980 AND 2100),
    submitted_on    date         NOT NULL,
    note            varchar(2000),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    updated_by      varchar(200) NOT NULL,
    -- one report per organization and year: a second is a 409
    CONSTRAINT annual_report_once_a_year UNIQUE (organization_id, year),
    -- a year's report is written once the year has begun
    CHECK (submitted_on >= make_date(year, 1, 1))
);

CREATE INDEX annual_report_year ON annual_report (year);

-- A report's figures for one province; its money in the currencies the organization reported in.
CREATE TABLE annual_report_province (
    annual_report_id   uuid          NOT NULL REFERENCES annual_report (id) ON DELETE CASCADE,
    position           integer       NOT NULL,
    province           varchar(2)    NOT NULL,
    committed_amount   numeric(24,4) NOT NULL CHECK (committed_amount >= 0),
    committed_currency varchar(3)    NOT NULL,
    disbursed_amount   numeric(24,4) NOT NULL CHECK (disbursed_amount >= 0),
    disbursed_currency varchar(3)    NOT NULL,
    projects           integer       NOT NULL CHECK (projects >= 0),
    PRIMARY KEY (annual_report_id, position),
    -- checked at commit: a PUT that swaps two provinces rewrites rows one at a time
    UNIQUE (annual_report_id, province) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX annual_report_province_province ON annual_report_province (province, annual_report_id);
