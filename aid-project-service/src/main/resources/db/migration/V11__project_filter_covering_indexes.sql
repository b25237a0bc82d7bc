-- The project list's province and sector filters as index-only scans: on the large benchmark set a province has
-- about 22,000 projects, and reading each one's location row from the table to find its project made a page of
-- province=22&status=ONGOING take 0.2-0.4 s and its count 2.4 s (with these indexes 0.11-0.19 s and 0.7 s). They
-- replace the indexes of V1 on the province and the sector code alone, which they begin with.
CREATE INDEX IF NOT EXISTS project_location_province_project ON project_location (province, project_id);
DROP INDEX project_location_province;
CREATE INDEX IF NOT EXISTS project_sector_code_project ON project_sector (code, project_id);
DROP INDEX project_sector_code;
