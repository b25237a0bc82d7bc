-- Answers to POST requests that carried an Idempotency-Key, so that a retry replays the first answer.
-- Shared by every service; each service keeps its own copy in its own schema.
CREATE TABLE idempotency_record (
    scope             text        NOT NULL, -- method and path the key was used with
    idempotency_key   text        NOT NULL,
    request_hash      text        NOT NULL, -- SHA-256 of the canonical JSON of the request body
    response_status   integer,
    response_body     text,
    response_location text,
    response_etag     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
