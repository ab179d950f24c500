-- 002_incremental.sql - what incremental runs, cross-file wrapper summaries
-- and merging sharded runs need: for each analysed translation unit, the
-- command it was analysed with, a key over that command, the tool and the
-- rule table, the hash of the other files' summaries it used, its result
-- before run-wide steps, its index (exported summaries and outside calls),
-- and every file it read with that file's content hash.
CREATE TABLE tu_inputs (
  tu_id INTEGER PRIMARY KEY REFERENCES translation_units(id),
  directory TEXT NOT NULL,
  arguments TEXT NOT NULL,           -- JSON array: the compile command
  input_key TEXT NOT NULL,           -- hash of command, tool and rule table
  used_summaries TEXT NOT NULL,      -- hvci_summaries_hash_for at analysis time
  result TEXT NOT NULL,              -- the unit's result as its worker gave it (JSON)
  xtu TEXT NOT NULL                  -- the unit's index: defs and calls (JSON)
);
CREATE TABLE tu_deps (
  tu_id INTEGER NOT NULL REFERENCES translation_units(id),
  file_id INTEGER NOT NULL REFERENCES files(id),
  content_hash TEXT NOT NULL,        -- 16 hex digits, FNV-1a 64 of the contents
  PRIMARY KEY (tu_id, file_id)
);
CREATE INDEX translation_units_by_file ON translation_units (file_id);
