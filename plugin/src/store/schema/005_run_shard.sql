-- 005_run_shard.sql - what part of the tree a run covers, so that merge can
-- tell a complete set of shards from a partial or duplicated one.
--
-- runs.shard_k and runs.shard_n are K and N of `check --shard K/N`; both
-- are NULL for a run over every file (and for runs recorded before this
-- step, which merge treats as of unknown coverage).
ALTER TABLE runs ADD COLUMN shard_k INTEGER;
ALTER TABLE runs ADD COLUMN shard_n INTEGER;
