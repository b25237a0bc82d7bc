-- Who wrote each record: the subject of the token (issue 9). Records from before are marked 'system'.
ALTER TABLE organization ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                         ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE registration ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                         ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE registration_status_change ADD COLUMN recorded_by varchar(200) NOT NULL DEFAULT 'system';
