-- A named agreement counterpart needs only its name: its country may be unknown. An organization's country still
-- comes from the registry, and a locality's is the locality's own (not stored on the agreement).
DO $$
DECLARE
    counterpart_check text;
BEGIN
    SELECT conname INTO counterpart_check FROM pg_constraint
    WHERE conrelid = 'agreement'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%counterpart_name IS NOT NULL%';
    EXECUTE format('ALTER TABLE agreement DROP CONSTRAINT %I', counterpart_check);
END $$;

ALTER TABLE agreement ADD CONSTRAINT agreement_one_counterpart CHECK (
    (locality_id IS NOT NULL AND organization_id IS NULL AND counterpart_name IS NULL AND country_code IS NULL)
    OR (locality_id IS NULL AND counterpart_name IS NOT NULL AND (organization_id IS NULL OR country_code IS NOT NULL)));
