-- Issue 20: what a donor plans to disburse per year, and who carries the project out in Vietnam.

-- Planned disbursements: one amount per year, in the project's currency, exact like the transactions' amounts
CREATE TABLE project_planned_disbursement (
    project_id uuid           NOT NULL REFERENCES project (id),
    position   int            NOT NULL,
    year       int            NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    amount     numeric(24, 4) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (project_id, position),
    -- deferred: a revision rewrites the rows by position, and a year may move from one row to another meanwhile
    UNIQUE (project_id, year) DEFERRABLE INITIALLY DEFERRED
);

-- The project owner (chủ dự án), the managing agency (cơ quan chủ quản) and the implementing organisations
CREATE TABLE project_implementer (
    project_id uuid         NOT NULL REFERENCES project (id),
    position   int          NOT NULL,
    name       varchar(300) NOT NULL,
    local_name varchar(300),
    type       varchar(30)  NOT NULL CHECK (type IN ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_DEPARTMENT', 'DISTRICT',
                                                     'COMMUNE', 'MASS_ORGANIZATION', 'UNIVERSITY_OR_HOSPITAL', 'NGO', 'OTHER')),
    role       varchar(20)  NOT NULL CHECK (role IN ('PROJECT_OWNER', 'MANAGING_AGENCY', 'IMPLEMENTING')),
    PRIMARY KEY (project_id, position),
    -- one project owner at most (deferred, as above)
    EXCLUDE USING btree (project_id WITH =) WHERE (role = 'PROJECT_OWNER') DEFERRABLE INITIALLY DEFERRED
);

-- Kept on the project by each write, for the list's filters and the aggregates' dimension ownerType: the owner's type
-- (null without an owner), and the implementers' names folded for the accent-insensitive filter `implementer`
ALTER TABLE project ADD COLUMN owner_type varchar(30);
ALTER TABLE project ADD COLUMN implementer_text text NOT NULL DEFAULT '';
CREATE INDEX project_owner_type ON project (owner_type);
CREATE INDEX project_implementer_text ON project USING gin (implementer_text gin_trgm_ops);
