-- 003_run_owner.sql - which process on which machine is writing a run, so
-- that a run whose process was killed (kill -9, power loss, a CI job
-- cancelled) is marked incomplete by the next hvcilint that opens the store
-- on that machine instead of staying "running" forever.
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host TEXT;
