-- 004_history.sql - a store that scales with its history.
--
-- A unit carried over unchanged into a later run no longer copies its
-- findings, inputs and read files: its translation_units row names the
-- earlier unit whose analysis it shows (result_tu).  A unit analysed in its
-- run names itself.  Rows of stores written before this schema have NULL:
-- their findings are their own, already reduced by that run's run-wide
-- steps, so they are never shared (a carried unit copies them once).
--
-- Findings are therefore kept as each unit's analysis gave them, and the
-- run-wide steps are applied when a run is read: runs.runtime_optin says a
-- file of the run made the POOL_NX_OPTIN run-time call (findings needing
-- it are dropped), and a finding a header gives to several units of a run
-- counts once (the lowest finding id of each file, line, column, rule and
-- message).  The run_findings view reads a run that way.
--
-- runs.status gains two values: "failed" (the store could not record the
-- whole run) and "pruned" (hvcilint store gc removed the run; its record
-- stays while rows that are kept still name it).
ALTER TABLE translation_units ADD COLUMN result_tu INTEGER REFERENCES translation_units(id);
ALTER TABLE runs ADD COLUMN runtime_optin INTEGER NOT NULL DEFAULT 0;

-- Every lookup a run, a report or store gc makes, including the ones the
-- foreign keys make when a row is deleted.
CREATE INDEX findings_by_tu ON findings (tu_id);
CREATE INDEX findings_by_file ON findings (file_id);
CREATE INDEX findings_by_first_seen ON findings (first_seen_run);
DROP INDEX findings_by_fingerprint;
CREATE INDEX findings_by_fingerprint ON findings (fingerprint, first_seen_run);
CREATE INDEX translation_units_by_result ON translation_units (result_tu);
CREATE INDEX tu_deps_by_file ON tu_deps (file_id);
CREATE INDEX tu_inputs_by_key ON tu_inputs (input_key);
CREATE INDEX runs_running ON runs (host) WHERE status = 'running';

CREATE VIEW run_findings AS
SELECT run_id, unit_id, id, analysed_in_run, rule, severity, file_id, line, col, end_line,
       end_col, logical, message, function, source_line, notes, fixits, suppressed,
       suppression, justification, fingerprint, needs_runtime_optin, first_seen_run
FROM (SELECT t.run_id AS run_id, t.id AS unit_id, fi.id AS id, fi.run_id AS analysed_in_run,
             fi.rule, fi.severity, fi.file_id, fi.line, fi.col, fi.end_line, fi.end_col,
             fi.logical, fi.message, fi.function, fi.source_line, fi.notes, fi.fixits,
             fi.suppressed, fi.suppression, fi.justification, fi.fingerprint,
             fi.needs_runtime_optin, fi.first_seen_run, r.runtime_optin AS optin,
             row_number() OVER (PARTITION BY t.run_id, fi.file_id, fi.line, fi.col, fi.rule,
                                             fi.message ORDER BY fi.id) AS nth
      FROM translation_units t
      JOIN runs r ON r.id = t.run_id
      JOIN findings fi ON fi.tu_id = coalesce(t.result_tu, t.id))
WHERE nth = 1 AND NOT (optin AND needs_runtime_optin);
