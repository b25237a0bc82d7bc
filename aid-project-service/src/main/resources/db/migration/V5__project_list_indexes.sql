-- Indexes for the project list's filters and default order, from EXPLAIN on the large benchmark set (issue 6:
-- 1,000,000 projects). Province, sector and organization had theirs; the others scanned the whole table, for the page
-- and again for its totalItems count.

-- the default order (code, then id): a page of an unselective filter walks this index instead of sorting every match
CREATE INDEX project_code_order ON project (code, id);
-- equality filters; single columns so that the planner can AND them, and count a filter's matches from the index
CREATE INDEX project_donor_country ON project (donor_country_code);
CREATE INDEX project_status ON project (status);
CREATE INDEX project_modality ON project (modality);
CREATE INDEX project_approval_level ON project (approval_level);
-- q: a folded substring anywhere in search_text (LIKE '%…%') needs trigrams
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX project_search_text ON project USING gin (search_text gin_trgm_ops);
