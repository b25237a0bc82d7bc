-- Every write through the API, recorded in the same transaction as the write: who, when, what, and the record as
-- written. The services only ever insert here.
CREATE TABLE audit_entry (
    id           bigserial    PRIMARY KEY,
    recorded_at  timestamptz  NOT NULL,
    subject      varchar(200) NOT NULL,
    roles        varchar(500) NOT NULL,
    province     varchar(2),
    entity_type  varchar(50)  NOT NULL,
    entity_id    varchar(100) NOT NULL,
    operation    varchar(30)  NOT NULL,
    change       jsonb        NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_subject ON audit_entry (subject, recorded_at);
CREATE INDEX audit_entry_recorded_at ON audit_entry (recorded_at);
