-- partner-service: people-to-people relations of Vietnamese provinces with foreign localities and organizations.
-- Provinces are GSO codes as recorded; countries ISO 3166-1 alpha-2; organizations are ids of ngo-registry-service
-- (checked over REST when written, their name and country copied here, never joined across schemas).

-- A foreign locality: a province, prefecture, city, township or village abroad, inside its parent.
CREATE TABLE locality (
    id              uuid         PRIMARY KEY,
    name            varchar(300) NOT NULL, -- usual English or romanised name
    local_name      varchar(300),          -- name in the country's own script
    vietnamese_name varchar(300),          -- name used in Vietnamese documents
    country_code    varchar(2)   NOT NULL,
    level           varchar(12)  NOT NULL CHECK (level IN ('REGION', 'PROVINCE', 'PREFECTURE', 'CITY', 'DISTRICT',
                                                           'TOWNSHIP', 'COMMUNE', 'VILLAGE')),
    parent_id       uuid         REFERENCES locality (id), -- same country; no cycles (checked by the service)
    search_text     varchar(1000) NOT NULL, -- the three names folded to lower case without accents
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

-- A locality is known by its name within its country and parent (top-level localities share the nil parent).
CREATE UNIQUE INDEX locality_name_country_parent
    ON locality (lower(name), country_code, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX locality_country ON locality (country_code);
CREATE INDEX locality_parent ON locality (parent_id);

-- A province's standing relation with a foreign locality.
CREATE TABLE partnership (
    id          uuid         PRIMARY KEY,
    province    varchar(2)   NOT NULL,
    locality_id uuid         NOT NULL REFERENCES locality (id),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('FRIENDSHIP', 'COOPERATION', 'SISTER', 'BORDER_COOPERATION')),
    since       date         NOT NULL,
    until       date,
    status      varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    note        varchar(2000),
    search_text varchar(2000) NOT NULL, -- the note, folded
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CHECK (until IS NULL OR until >= since)
);

CREATE UNIQUE INDEX partnership_province_locality_kind ON partnership (province, locality_id, kind);
CREATE INDEX partnership_locality ON partnership (locality_id);

-- An international agreement signed by (or in the name of) a province with exactly one counterpart.
CREATE TABLE agreement (
    id                uuid         PRIMARY KEY,
    province          varchar(2)   NOT NULL,
    locality_id       uuid         REFERENCES locality (id),
    organization_id   uuid,        -- an organization of ngo-registry-service
    counterpart_name  varchar(300), -- the organization's name as the registry gave it, or the named party
    country_code      varchar(2),  -- the organization's or the named party's country; for a locality, its own
    title             varchar(500) NOT NULL,
    local_title       varchar(500),
    signed_on         date         NOT NULL,
    valid_until       date,
    sectors           varchar(5)[] NOT NULL,
    signatory_level   varchar(30)  NOT NULL CHECK (signatory_level IN ('PROVINCIAL_PEOPLES_COMMITTEE',
                                       'PROVINCIAL_DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE',
                                       'COMMUNE_PEOPLES_COMMITTEE', 'OTHER')),
    -- the status recorded; EXPIRED is not stored, it follows from valid_until
    status            varchar(10)  NOT NULL CHECK (status IN ('IN_FORCE', 'TERMINATED')),
    note              varchar(2000),
    search_text       varchar(2000) NOT NULL, -- title, local title and counterpart name, folded
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= signed_on),
    CHECK ((locality_id IS NOT NULL AND organization_id IS NULL AND counterpart_name IS NULL AND country_code IS NULL)
        OR (locality_id IS NULL AND counterpart_name IS NOT NULL AND country_code IS NOT NULL))
);

CREATE INDEX agreement_province_signed ON agreement (province, signed_on);
CREATE INDEX agreement_locality ON agreement (locality_id);
CREATE INDEX agreement_organization ON agreement (organization_id);

-- A border twinning of residential clusters: a Vietnamese village or commune with a village or township across.
CREATE TABLE twinning (
    id                uuid         PRIMARY KEY,
    province          varchar(2)   NOT NULL,
    domestic_name     varchar(300) NOT NULL,
    domestic_level    varchar(10)  NOT NULL CHECK (domestic_level IN ('VILLAGE', 'COMMUNE')),
    domestic_district varchar(300),
    foreign_name      varchar(300) NOT NULL,
    foreign_level     varchar(10)  NOT NULL CHECK (foreign_level IN ('VILLAGE', 'TOWNSHIP')),
    locality_id       uuid         NOT NULL REFERENCES locality (id),
    since             date         NOT NULL,
    note              varchar(2000),
    search_text       varchar(2000) NOT NULL, -- both units' names and the district, folded
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK ((domestic_level = 'VILLAGE' AND foreign_level = 'VILLAGE')
        OR (domestic_level = 'COMMUNE' AND foreign_level = 'TOWNSHIP'))
);

-- A pair is known by the names of its two units within the province.
CREATE UNIQUE INDEX twinning_pair ON twinning (province, lower(domestic_name), lower(foreign_name));
CREATE INDEX twinning_locality ON twinning (locality_id);

-- Delegations and exchange activities; one row is one delegation or a batch of them (a yearly report's total).
CREATE TABLE exchange (
    id                uuid         PRIMARY KEY,
    province          varchar(2)   NOT NULL,
    direction         varchar(8)   NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    locality_id       uuid         REFERENCES locality (id),
    organization_id   uuid,        -- an organization of ngo-registry-service
    organization_name varchar(300), -- as the registry gave it
    organization_country varchar(2), -- as the registry gave it
    country_code      varchar(2),  -- without a locality: the organization's or the given country; else null
    title             varchar(500) NOT NULL,
    purpose           varchar(2000),
    start_date        date         NOT NULL,
    end_date          date,
    delegations       integer      NOT NULL CHECK (delegations >= 1),
    participants      integer      CHECK (participants >= delegations),
    search_text       varchar(3000) NOT NULL, -- title, purpose and organization name, folded
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (organization_id IS NULL OR (organization_name IS NOT NULL AND organization_country IS NOT NULL)),
    CHECK (locality_id IS NULL OR country_code IS NULL)
);

CREATE INDEX exchange_province_start ON exchange (province, start_date);
CREATE INDEX exchange_locality ON exchange (locality_id);
CREATE INDEX exchange_organization ON exchange (organization_id);

-- A province's friendship association with the people of one country (hội hữu nghị Việt Nam – X).
CREATE TABLE friendship_association (
    id                 uuid         PRIMARY KEY,
    province           varchar(2)   NOT NULL,
    name               varchar(300) NOT NULL,
    local_name         varchar(300),
    counterpart_country varchar(2)  NOT NULL,
    members            integer      CHECK (members >= 0),
    founded            date,
    search_text        varchar(1000) NOT NULL, -- name and local name, folded
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);

CREATE UNIQUE INDEX friendship_association_province_name ON friendship_association (province, lower(name));
CREATE INDEX friendship_association_country ON friendship_association (counterpart_country);
