-- Aid projects, their money and the annual exchange rates. Amounts are exact NUMERIC; nothing is floating point.

CREATE TABLE project (
    id                    uuid PRIMARY KEY,
    code                  varchar(50)  NOT NULL,
    title                 varchar(500) NOT NULL,
    local_title           varchar(500),
    -- the donor: a registered organization (its name, type and country copied from ngo-registry-service so that
    -- aggregates need no call at query time) or a donor outside the registry
    donor_organization_id uuid,
    donor_name            varchar(300) NOT NULL,
    donor_type            varchar(30)  NOT NULL,
    donor_country_code    varchar(2),
    modality              varchar(20)  NOT NULL
        CHECK (modality IN ('PROGRAMME', 'PROJECT', 'NON_PROJECT', 'EMERGENCY_RELIEF')),
    approval_level        varchar(20)  NOT NULL CHECK (approval_level IN ('PROVINCIAL', 'CENTRAL')),
    approval_number       varchar(100),
    approval_date         date,
    approval_authority    varchar(300),
    start_date            date,
    end_date              date,
    status                varchar(20)  NOT NULL
        CHECK (status IN ('PROPOSED', 'APPROVED', 'ONGOING', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    currency              varchar(3)   NOT NULL,
    partner_locality_id   uuid,
    search_text           text         NOT NULL,
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CONSTRAINT project_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE UNIQUE INDEX project_code_key ON project (upper(code));
CREATE INDEX project_donor_organization ON project (donor_organization_id);

-- A percentage left out (NULL) means an equal share among the project's rows; either all rows of a project give one
-- or none does.
CREATE TABLE project_sector (
    project_id  uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    int  NOT NULL,
    code        varchar(5) NOT NULL,
    percentage  numeric(7, 4),
    PRIMARY KEY (project_id, position)
);
CREATE INDEX project_sector_code ON project_sector (code);

CREATE TABLE project_location (
    project_id  uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    int  NOT NULL,
    province    varchar(2) NOT NULL,
    district    varchar(200),
    percentage  numeric(7, 4),
    PRIMARY KEY (project_id, position)
);
CREATE INDEX project_location_province ON project_location (province);

CREATE TABLE exchange_rate (
    year          int          NOT NULL,
    currency      varchar(3)   NOT NULL,
    units_per_usd numeric(24, 10) NOT NULL CHECK (units_per_usd > 0),
    updated_at    timestamptz  NOT NULL,
    PRIMARY KEY (year, currency)
);

-- Append-only: the service never updates or deletes a row. A correction is a negative row naming the one it corrects.
CREATE TABLE aid_transaction (
    id                       uuid PRIMARY KEY,
    project_id               uuid          NOT NULL REFERENCES project (id),
    type                     varchar(20)   NOT NULL CHECK (type IN ('COMMITMENT', 'DISBURSEMENT')),
    date                     date          NOT NULL,
    amount                   numeric(24, 4) NOT NULL CHECK (amount <> 0),
    currency                 varchar(3)    NOT NULL,
    description              varchar(1000),
    corrects_transaction_id  uuid REFERENCES aid_transaction (id),
    created_at               timestamptz   NOT NULL,
    CONSTRAINT correction_is_negative CHECK ((corrects_transaction_id IS NULL) = (amount > 0))
);
CREATE INDEX aid_transaction_project ON aid_transaction (project_id, date);
CREATE INDEX aid_transaction_corrects ON aid_transaction (corrects_transaction_id);

-- Units of a currency per US dollar in a year: 1 for USD, NULL when no rate was recorded. Plain SQL, so the planner
-- inlines it into the queries that call it.
CREATE FUNCTION units_per_usd(p_currency varchar, p_year int) RETURNS numeric
    LANGUAGE sql STABLE AS
$$
SELECT CASE WHEN p_currency = 'USD' THEN 1::numeric
            ELSE (SELECT r.units_per_usd FROM exchange_rate r WHERE r.currency = p_currency AND r.year = p_year) END
$$;

-- An amount converted with the rates of one year, through the US dollar; unchanged within one currency.
CREATE FUNCTION convert_amount(p_amount numeric, p_from varchar, p_to varchar, p_year int) RETURNS numeric
    LANGUAGE sql STABLE AS
$$
SELECT CASE WHEN p_from = p_to THEN p_amount
            ELSE p_amount / units_per_usd(p_from, p_year) * units_per_usd(p_to, p_year) END
$$;
