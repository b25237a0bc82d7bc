-- Who wrote each record: the subject of the bearer token (issue 9). Records from before are marked 'system'.
ALTER TABLE locality               ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE partnership            ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE agreement              ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE twinning               ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE exchange               ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
ALTER TABLE friendship_association ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                                   ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
