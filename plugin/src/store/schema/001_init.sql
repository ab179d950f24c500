-- 001_init.sql - the first schema of the hvcilint store.
-- Numbers stored in severity and status columns are the public enums
-- hvci_severity and hvci_tu_status: never renumber them.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,          -- UTC, ISO 8601
  ended_at TEXT,
  tool_version TEXT NOT NULL,
  rules_version TEXT,                -- hash of the effective API table
  command_line TEXT,
  root TEXT,                         -- project root paths are relative to
  git_commit TEXT,
  git_branch TEXT,
  status TEXT NOT NULL               -- running, complete, incomplete
);
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,         -- relative to the run's root when inside it
  content_hash TEXT
);
CREATE TABLE translation_units (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  file_id INTEGER NOT NULL REFERENCES files(id),
  status INTEGER NOT NULL,           -- hvci_tu_status
  parse_errors INTEGER NOT NULL,
  seconds REAL NOT NULL,
  UNIQUE (run_id, file_id)
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  tu_id INTEGER NOT NULL REFERENCES translation_units(id),
  rule TEXT NOT NULL,
  severity INTEGER NOT NULL,         -- hvci_severity
  file_id INTEGER NOT NULL REFERENCES files(id),
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  end_line INTEGER,
  end_col INTEGER,
  logical TEXT,
  message TEXT NOT NULL,
  function TEXT,
  source_line TEXT,
  notes TEXT,                        -- JSON array
  fixits TEXT,                       -- JSON array
  suppressed INTEGER NOT NULL,
  suppression TEXT,
  justification TEXT,
  fingerprint TEXT NOT NULL,
  needs_runtime_optin INTEGER NOT NULL DEFAULT 0,  -- dropped when a file of the run opts in
  first_seen_run INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX findings_by_run ON findings (run_id);
CREATE INDEX findings_by_fingerprint ON findings (fingerprint);
