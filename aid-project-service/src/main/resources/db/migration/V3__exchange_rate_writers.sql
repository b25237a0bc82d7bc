-- Who recorded each exchange rate (issue 9: every resource shows createdBy and updatedBy).
ALTER TABLE exchange_rate ADD COLUMN created_by varchar(200) NOT NULL DEFAULT 'system',
                          ADD COLUMN updated_by varchar(200) NOT NULL DEFAULT 'system';
