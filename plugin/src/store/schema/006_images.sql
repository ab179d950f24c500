-- 006_images.sql - the NX opt-in decided per driver image.
--
-- ExDefaultNonPagedPoolType and ExDefaultMdlProtection are variables of
-- each image (a .sys, an export driver), so the POOL_NX_OPTIN run-time call
-- (ExInitializeDriverRuntime(DrvRtPoolNxOptIn)) makes NonPagedPool NX only
-- in the image that makes it.  Each unit now records the image it is
-- linked into (NULL when unknown) and whether it makes that call, and
-- run_findings drops a finding needing the call only when a unit of the
-- same run and the same image makes it (NULL images count as one).
--
-- Runs recorded before this schema keep runs.runtime_optin, their
-- run-wide answer from a time no image was known, and the view still
-- honours it; later runs leave it 0.
ALTER TABLE translation_units ADD COLUMN image TEXT;
ALTER TABLE translation_units ADD COLUMN runtime_optin INTEGER NOT NULL DEFAULT 0;
CREATE INDEX translation_units_optin ON translation_units (run_id, image) WHERE runtime_optin;

DROP VIEW run_findings;
CREATE VIEW run_findings AS
SELECT run_id, unit_id, id, analysed_in_run, rule, severity, file_id, line, col, end_line,
       end_col, logical, message, function, source_line, notes, fixits, suppressed,
       suppression, justification, fingerprint, needs_runtime_optin, first_seen_run
FROM (SELECT t.run_id AS run_id, t.id AS unit_id, t.image AS unit_image, fi.id AS id,
             fi.run_id AS analysed_in_run, fi.rule, fi.severity, fi.file_id, fi.line, fi.col,
             fi.end_line, fi.end_col, fi.logical, fi.message, fi.function, fi.source_line,
             fi.notes, fi.fixits, fi.suppressed, fi.suppression, fi.justification,
             fi.fingerprint, fi.needs_runtime_optin, fi.first_seen_run,
             r.runtime_optin AS optin,
             row_number() OVER (PARTITION BY t.run_id, fi.file_id, fi.line, fi.col, fi.rule,
                                             fi.message ORDER BY fi.id) AS nth
      FROM translation_units t
      JOIN runs r ON r.id = t.run_id
      JOIN findings fi ON fi.tu_id = coalesce(t.result_tu, t.id)) AS x
WHERE nth = 1
  AND NOT (needs_runtime_optin
           AND (optin OR EXISTS (SELECT 1 FROM translation_units o
                                 WHERE o.run_id = x.run_id AND o.runtime_optin
                                   AND o.image IS x.unit_image)));
