-- Who wrote each record: the subject of the token (issue 9). Records from before are marked 'system'.
ALTER TABLE project ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                    ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
-- Transactions are append-only: written once, so only who created them
ALTER TABLE aid_transaction ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system';
