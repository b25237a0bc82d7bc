-- ngo-registry-service: foreign NGOs and their registrations to operate in provinces.

CREATE TABLE organization (
    id           uuid         PRIMARY KEY,
    name         varchar(300) NOT NULL,
    local_name   varchar(300),
    acronym      varchar(50),
    country_code varchar(2)   NOT NULL,
    type         varchar(20)  NOT NULL CHECK (type IN ('INGO', 'FOUNDATION', 'MULTILATERAL', 'BILATERAL_AGENCY',
                                                       'EMBASSY_FUND', 'OTHER')),
    headquarters varchar(300),
    website      varchar(500),
    email        varchar(254),
    sectors      varchar(5)[] NOT NULL,
    status       varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    search_text  varchar(1000) NOT NULL, -- name, local name and acronym folded to lower case without accents
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- An organization is known by its name within its country.
CREATE UNIQUE INDEX organization_name_country ON organization (lower(name), country_code);
CREATE INDEX organization_country ON organization (country_code);
CREATE INDEX organization_sectors ON organization USING gin (sectors);

CREATE TABLE registration (
    id                 uuid         PRIMARY KEY,
    organization_id    uuid         NOT NULL REFERENCES organization (id),
    kind               varchar(25)  NOT NULL CHECK (kind IN ('OPERATION', 'PROJECT_OFFICE', 'REPRESENTATIVE_OFFICE')),
    certificate_number varchar(100) NOT NULL,
    issued_by          varchar(300) NOT NULL,
    issued_on          date         NOT NULL,
    valid_from         date         NOT NULL,
    valid_until        date         NOT NULL,
    provinces          varchar(2)[] NOT NULL,
    sectors            varchar(5)[] NOT NULL,
    -- the status recorded last; EXPIRED is not stored, it follows from valid_until
    status             varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    CHECK (valid_until >= valid_from),
    CHECK (cardinality(provinces) > 0)
);

-- Certificate numbers are unique whatever their letter case.
CREATE UNIQUE INDEX registration_certificate_number ON registration (upper(certificate_number));
CREATE INDEX registration_organization ON registration (organization_id);
CREATE INDEX registration_provinces ON registration USING gin (provinces);
CREATE INDEX registration_valid_until ON registration (valid_until);

-- Every status a registration has had, oldest first; the first entry is ACTIVE from valid_from.
CREATE TABLE registration_status_change (
    id              uuid        PRIMARY KEY,
    registration_id uuid        NOT NULL REFERENCES registration (id),
    sequence        integer     NOT NULL, -- 0 for the first entry; entries follow each other in effective_on order
    status          varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    reason          varchar(1000),
    effective_on    date        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    UNIQUE (registration_id, sequence)
);
