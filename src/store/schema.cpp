#include "store/schema.h"

namespace fc::store {

namespace {
// Migration 1: clinic settings, clinicians, patients with their search index, conditions,
// precautions, consents and the append-only audit trail.
constexpr std::string_view v1 = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE clinicians (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  profession   TEXT NOT NULL DEFAULT '',
  registration TEXT NOT NULL DEFAULT '',
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE patients (
  id                INTEGER PRIMARY KEY,
  mrn               TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(mrn) > 0),
  family_name       TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
  given_name        TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
  preferred_name    TEXT NOT NULL DEFAULT '',
  dob               TEXT NOT NULL,
  sex               TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('unknown', 'female', 'male', 'other')),
  pronouns          TEXT NOT NULL DEFAULT '',
  phone             TEXT NOT NULL DEFAULT '',
  email             TEXT NOT NULL DEFAULT '',
  address           TEXT NOT NULL DEFAULT '',
  referrer_name     TEXT NOT NULL DEFAULT '',
  referrer_practice TEXT NOT NULL DEFAULT '',
  gp                TEXT NOT NULL DEFAULT '',
  notes             TEXT NOT NULL DEFAULT '',
  archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  sort_key          TEXT NOT NULL,
  search_text       TEXT NOT NULL,
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX patients_by_sort_key ON patients (sort_key, id);
CREATE TRIGGER patients_are_never_deleted BEFORE DELETE ON patients
BEGIN SELECT RAISE(ABORT, 'patients are archived, never deleted'); END;

CREATE VIRTUAL TABLE patient_search USING fts5(
  search_text, content = 'patients', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER patient_search_on_insert AFTER INSERT ON patients
BEGIN INSERT INTO patient_search (rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER patient_search_on_update AFTER UPDATE OF search_text ON patients
BEGIN
  INSERT INTO patient_search (patient_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO patient_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE conditions (
  id         INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  code       TEXT NOT NULL DEFAULT '',
  label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
  onset      TEXT,
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX conditions_by_patient ON conditions (patient_id);

CREATE TABLE precautions (
  id                  INTEGER PRIMARY KEY,
  patient_id          INTEGER NOT NULL REFERENCES patients (id),
  kind                TEXT NOT NULL CHECK (kind IN ('fissure', 'bleeding', 'surgery', 'ibd', 'haemorrhoids', 'other')),
  detail              TEXT NOT NULL DEFAULT '',
  noted_on            TEXT NOT NULL,
  cleared_on          TEXT CHECK (cleared_on IS NULL OR cleared_on >= noted_on),
  cleared_by          TEXT NOT NULL DEFAULT '',
  recorded_by         INTEGER REFERENCES clinicians (id),
  cleared_recorded_by INTEGER REFERENCES clinicians (id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX precautions_by_patient ON precautions (patient_id, cleared_on);

CREATE TABLE consents (
  id                INTEGER PRIMARY KEY,
  patient_id        INTEGER NOT NULL REFERENCES patients (id),
  clinician_id      INTEGER NOT NULL REFERENCES clinicians (id),
  given_on          TEXT NOT NULL,
  consent_given     INTEGER NOT NULL CHECK (consent_given IN (0, 1)),
  chaperone_offered INTEGER NOT NULL CHECK (chaperone_offered IN (0, 1)),
  chaperone_present INTEGER NOT NULL CHECK (chaperone_present IN (0, 1)),
  note              TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX consents_by_patient ON consents (patient_id);

CREATE TABLE audit (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  clinician_id INTEGER REFERENCES clinicians (id),
  action       TEXT NOT NULL,
  entity       TEXT NOT NULL,
  entity_id    INTEGER NOT NULL,
  detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_entity ON audit (entity, entity_id);
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql";

// Migration 2: dilator sets (with the seeded default set), episodes of care and their
// append-only plan versions, session notes with their measures, addenda and the home log.
// Dates are ISO text checked with date(x, '+0 days') IS x (the modifier makes SQLite normalise
// the date, so 2026-02-30 comes back as 2026-03-02 and is refused, as is anything not
// YYYY-MM-DD); flags are 0/1; every measure is NULL when it was not taken.
constexpr std::string_view v2 = R"sql(
-- The clinic's dilator sets. sizes_mm is the ascending list of diameters as "10,13,16";
-- sets are retired (active = 0), never deleted, because plans name them by id.
CREATE TABLE dilator_sets (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  material   TEXT NOT NULL DEFAULT 'other'
             CHECK (material IN ('silicone', 'plastic', 'glass', 'metal', 'latex', 'other')),
  sizes_mm   TEXT NOT NULL CHECK (sizes_mm GLOB '[0-9]*[0-9]' AND sizes_mm NOT GLOB '*[^0-9,]*'
                                  AND sizes_mm NOT GLOB '*,,*'),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK (is_default = 0 OR active = 1) -- the default set is one the clinic still uses
) STRICT;
-- At most one default set.
CREATE UNIQUE INDEX dilator_sets_one_default ON dilator_sets (is_default) WHERE is_default = 1;
CREATE TRIGGER dilator_sets_are_never_deleted BEFORE DELETE ON dilator_sets
BEGIN SELECT RAISE(ABORT, 'dilator sets are retired, never deleted'); END;
INSERT INTO dilator_sets (name, material, sizes_mm, active, is_default, created_at)
VALUES ('Standard 8', 'silicone', '10,13,16,19,22,25,28,32', 1, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- An episode of care: one course of treatment of one patient.
CREATE TABLE episodes (
  id         INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients (id),
  opened_on  TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX episodes_by_patient ON episodes (patient_id, opened_on, id);
CREATE TRIGGER episodes_are_never_deleted BEFORE DELETE ON episodes
BEGIN SELECT RAISE(ABORT, 'episodes of care are never deleted'); END;

-- Each change of a plan is a new numbered version holding the whole plan as JSON (content,
-- see plan_json.h); title and status are copied out of it for lists. Versions are append-only
-- and numbered 1, 2, 3 ... within their episode.
CREATE TABLE plan_versions (
  id           INTEGER PRIMARY KEY,
  episode_id   INTEGER NOT NULL REFERENCES episodes (id),
  number       INTEGER NOT NULL CHECK (number >= 1),
  effective_on TEXT NOT NULL CHECK (date(effective_on, '+0 days') IS effective_on),
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  recorded_at  TEXT NOT NULL,
  title        TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('active', 'completed', 'stopped')),
  content      TEXT NOT NULL CHECK (json_valid(content)),
  UNIQUE (episode_id, number)
) STRICT;
CREATE TRIGGER plan_versions_take_the_next_number BEFORE INSERT ON plan_versions
WHEN new.number IS NOT (SELECT coalesce(max(number), 0) + 1 FROM plan_versions WHERE episode_id = new.episode_id)
BEGIN SELECT RAISE(ABORT, 'a plan version must take the next number of its episode'); END;
CREATE TRIGGER plan_versions_are_append_only_update BEFORE UPDATE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions are append-only; record a new version'); END;
CREATE TRIGGER plan_versions_are_append_only_delete BEFORE DELETE ON plan_versions
BEGIN SELECT RAISE(ABORT, 'plan versions are append-only; record a new version'); END;

-- One row per session note, one column per field of fc::SessionNote. A draft may be edited
-- (the version guards against lost updates); once signed the row never changes again.
CREATE TABLE session_notes (
  id                INTEGER PRIMARY KEY,
  patient_id        INTEGER NOT NULL REFERENCES patients (id),
  clinician_id      INTEGER NOT NULL REFERENCES clinicians (id),
  appointment_id    INTEGER, -- appointments arrive in a later migration (no foreign key yet)
  date              TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  start             TEXT NOT NULL CHECK (start GLOB '[0-2][0-9]:[0-5][0-9]' AND start <= '23:59'),
  duration_min      INTEGER CHECK (duration_min BETWEEN 1 AND 480),
  type              TEXT NOT NULL CHECK (type IN ('initial', 'follow-up', 'review', 'discharge')),
  attendance        TEXT NOT NULL CHECK (attendance IN ('attended', 'cancelled', 'did-not-attend')),
  subjective        TEXT NOT NULL DEFAULT '',
  objective         TEXT NOT NULL DEFAULT '',
  assessment        TEXT NOT NULL DEFAULT '',
  plan              TEXT NOT NULL DEFAULT '',
  next_steps        TEXT NOT NULL DEFAULT '',
  -- measures: NULL when not taken
  pain_during       INTEGER CHECK (pain_during BETWEEN 0 AND 10),
  pain_after        INTEGER CHECK (pain_after BETWEEN 0 AND 10),
  comfort           INTEGER CHECK (comfort BETWEEN 0 AND 10),
  dilator_mm        INTEGER CHECK (dilator_mm BETWEEN 5 AND 60),
  minutes_held      INTEGER CHECK (minutes_held BETWEEN 0 AND 120),
  oxford            INTEGER CHECK (oxford BETWEEN 0 AND 5),
  perfect_p         INTEGER CHECK (perfect_p BETWEEN 0 AND 5),
  perfect_e         INTEGER CHECK (perfect_e BETWEEN 0 AND 60),
  perfect_r         INTEGER CHECK (perfect_r BETWEEN 0 AND 20),
  perfect_f         INTEGER CHECK (perfect_f BETWEEN 0 AND 20),
  bristol           INTEGER CHECK (bristol BETWEEN 1 AND 7),
  -- symptoms
  bleeding          INTEGER NOT NULL DEFAULT 0 CHECK (bleeding IN (0, 1)),
  sharp_pain        INTEGER NOT NULL DEFAULT 0 CHECK (sharp_pain IN (0, 1)),
  burning           INTEGER NOT NULL DEFAULT 0 CHECK (burning IN (0, 1)),
  soreness_24h      INTEGER NOT NULL DEFAULT 0 CHECK (soreness_24h IN (0, 1)),
  worsening         INTEGER NOT NULL DEFAULT 0 CHECK (worsening IN (0, 1)),
  distress          INTEGER NOT NULL DEFAULT 0 CHECK (distress IN (0, 1)),
  -- screening questions asked, and those answered yes as "bowel-change,fever" ('' for none)
  screened          INTEGER NOT NULL DEFAULT 0 CHECK (screened IN (0, 1)),
  screening         TEXT NOT NULL DEFAULT '' CHECK (
                      replace(replace(replace(replace(replace(screening, 'bowel-change', ''), 'weight-loss', ''),
                                                      'night-pain', ''), 'fever', ''), ',', '') = ''),
  consent_internal  INTEGER NOT NULL DEFAULT 0 CHECK (consent_internal IN (0, 1)),
  chaperone_offered INTEGER NOT NULL DEFAULT 0 CHECK (chaperone_offered IN (0, 1)),
  chaperone_present INTEGER NOT NULL DEFAULT 0 CHECK (chaperone_present IN (0, 1)),
  status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  signed_by         INTEGER REFERENCES clinicians (id),
  signed_at         TEXT CHECK (signed_at GLOB
                      '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  -- a signed note says who signed it and when; a draft carries no signature
  CHECK (status = 'draft' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL)),
  CHECK (status = 'signed' OR (signed_by IS NULL AND signed_at IS NULL))
) STRICT;
CREATE INDEX session_notes_by_patient ON session_notes (patient_id, date, start, id);
CREATE TRIGGER signed_session_notes_never_change BEFORE UPDATE ON session_notes
WHEN old.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed session note is never changed; add an addendum'); END;
CREATE TRIGGER session_notes_are_never_deleted BEFORE DELETE ON session_notes
BEGIN SELECT RAISE(ABORT, 'session notes are never deleted'); END;

-- Dated corrections or additions to a signed note: append-only, and only to signed notes
-- (a draft is edited instead).
CREATE TABLE addenda (
  id           INTEGER PRIMARY KEY,
  note_id      INTEGER NOT NULL REFERENCES session_notes (id),
  text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  at           TEXT NOT NULL
) STRICT;
CREATE INDEX addenda_by_note ON addenda (note_id, id);
CREATE TRIGGER addenda_only_to_signed_notes BEFORE INSERT ON addenda
WHEN (SELECT status FROM session_notes WHERE id = new.note_id) IS NOT 'signed'
BEGIN SELECT RAISE(ABORT, 'an addendum is added to a signed note; edit a draft instead'); END;
CREATE TRIGGER addenda_are_append_only_update BEFORE UPDATE ON addenda
BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END;
CREATE TRIGGER addenda_are_append_only_delete BEFORE DELETE ON addenda
BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END;

-- The patient's own log of home sessions, as reported to and recorded by a clinician.
CREATE TABLE home_log (
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients (id),
  date        TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  dilator_mm  INTEGER CHECK (dilator_mm BETWEEN 5 AND 60),
  minutes     INTEGER CHECK (minutes BETWEEN 0 AND 120),
  comfort     INTEGER CHECK (comfort BETWEEN 0 AND 10),
  pain        INTEGER CHECK (pain BETWEEN 0 AND 10),
  bleeding    INTEGER NOT NULL DEFAULT 0 CHECK (bleeding IN (0, 1)),
  text        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER NOT NULL REFERENCES clinicians (id),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX home_log_by_patient ON home_log (patient_id, date, id);
CREATE TRIGGER home_log_is_never_deleted BEFORE DELETE ON home_log
BEGIN SELECT RAISE(ABORT, 'home-log entries are never deleted'); END;
)sql";

// Migration 3: red flags. One row per rule and source record (never two), raised inside the
// transaction that wrote the source; it leaves the open queue only through a recorded
// acknowledgement, and is never deleted or changed afterwards.
constexpr std::string_view v3 = R"sql(
CREATE TABLE red_flags (
  id           INTEGER PRIMARY KEY,
  patient_id   INTEGER NOT NULL REFERENCES patients (id),
  rule         TEXT NOT NULL CHECK (rule IN ('bleeding', 'sharp-pain', 'pain-threshold', 'burning',
                 'persisting-soreness', 'worsening', 'progression-too-fast', 'precaution-not-cleared', 'screening')),
  severity     TEXT NOT NULL CHECK (severity IN ('urgent', 'review')),
  message      TEXT NOT NULL CHECK (length(message) > 0),
  source       TEXT NOT NULL CHECK (source IN ('note', 'home-log', 'plan-version', 'precaution')),
  source_id    INTEGER NOT NULL,
  on_date      TEXT NOT NULL CHECK (date(on_date, '+0 days') IS on_date),
  raised_at    TEXT NOT NULL,
  raised_by    INTEGER REFERENCES clinicians (id),
  ack_action   TEXT CHECK (ack_action IS NULL OR ack_action IN ('advised', 'plan-changed', 'referred', 'none')),
  ack_note     TEXT CHECK (ack_note IS NULL OR length(trim(ack_note)) > 0),
  ack_by       INTEGER REFERENCES clinicians (id),
  ack_at       TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  CHECK ((ack_action IS NULL) = (ack_note IS NULL) AND (ack_note IS NULL) = (ack_by IS NULL)
         AND (ack_by IS NULL) = (ack_at IS NULL)),
  UNIQUE (rule, source, source_id)
) STRICT;
CREATE INDEX red_flags_by_patient ON red_flags (patient_id, on_date, id);
CREATE INDEX red_flags_open_queue ON red_flags (severity, on_date, id) WHERE ack_at IS NULL;
CREATE TRIGGER red_flags_are_never_deleted BEFORE DELETE ON red_flags
BEGIN SELECT RAISE(ABORT, 'red flags are never deleted'); END;
CREATE TRIGGER acknowledged_flags_never_change BEFORE UPDATE ON red_flags WHEN old.ack_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an acknowledged red flag is never changed'); END;
CREATE TRIGGER raised_flags_keep_what_they_say BEFORE UPDATE ON red_flags
WHEN new.patient_id IS NOT old.patient_id OR new.rule IS NOT old.rule OR new.severity IS NOT old.severity
  OR new.message IS NOT old.message OR new.source IS NOT old.source OR new.source_id IS NOT old.source_id
  OR new.on_date IS NOT old.on_date OR new.raised_at IS NOT old.raised_at
BEGIN SELECT RAISE(ABORT, 'a raised red flag keeps what it says; only its acknowledgement is recorded'); END;
)sql";

// Migration 4: typing kept aside from draft notes (core/note_typing.h). What a clinician typed
// into a draft that could not go into the note yet (a broken rule, a newer version elsewhere) is
// kept here as typed, one row per draft, or per patient and clinician for a new note, until the
// note holds it. Not part of the record, so rows are deleted once they are no longer needed.
constexpr std::string_view v4 = R"sql(
CREATE TABLE note_typing (
  id           INTEGER PRIMARY KEY,
  patient_id   INTEGER NOT NULL REFERENCES patients (id),
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  note_id      INTEGER REFERENCES session_notes (id),
  base_version INTEGER NOT NULL DEFAULT 0, -- the draft's version the typing was over (0: a new note)
  form         TEXT NOT NULL CHECK (json_valid(form)),
  saved_at     TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX note_typing_of_draft ON note_typing (note_id) WHERE note_id IS NOT NULL;
CREATE UNIQUE INDEX note_typing_of_new_note ON note_typing (patient_id, clinician_id) WHERE note_id IS NULL;
)sql";

// Migration 5: the open red flags of each patient, counted for every row of the patient list.
constexpr std::string_view v5 = R"sql(
CREATE INDEX red_flags_open_by_patient ON red_flags (patient_id, severity) WHERE ack_at IS NULL;
)sql";

// Migration 6: the clinic's diary. Each occurrence of a recurring booking is its own row, linked
// to its series (a series is never kept as one rule that is expanded later, which is how other
// systems lose appointments). Appointments are cancelled, never deleted.
constexpr std::string_view v6 = R"sql(
CREATE TABLE appointment_series (
  id           INTEGER PRIMARY KEY,
  patient_id   INTEGER NOT NULL REFERENCES patients (id),
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  booked_as    TEXT NOT NULL, -- the repeat as booked, for people: "weekly on mon, thu; 8 in all"
  split_from   INTEGER REFERENCES appointment_series (id),
  created_by   INTEGER NOT NULL REFERENCES clinicians (id),
  created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE appointments (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  patient_id      INTEGER NOT NULL REFERENCES patients (id),
  clinician_id    INTEGER NOT NULL REFERENCES clinicians (id),
  series_id       INTEGER REFERENCES appointment_series (id),
  date            TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
  start           TEXT NOT NULL CHECK (start GLOB '[0-2][0-9]:[0-5][0-9]' AND start <= '23:59'),
  duration_min    INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 480),
  type            TEXT NOT NULL CHECK (type IN ('initial', 'follow-up', 'review', 'discharge')),
  room            TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'attended', 'cancelled', 'dna')),
  reason          TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  session_note_id INTEGER REFERENCES session_notes (id),
  version         INTEGER NOT NULL DEFAULT 1,
  created_by      INTEGER NOT NULL REFERENCES clinicians (id),
  created_at      TEXT NOT NULL,
  updated_by      INTEGER NOT NULL REFERENCES clinicians (id),
  updated_at      TEXT NOT NULL,
  CHECK (status <> 'cancelled' OR length(trim(reason)) > 0)
) STRICT;
CREATE INDEX appointments_by_date ON appointments (date, start);
CREATE INDEX appointments_by_patient ON appointments (patient_id, date, start);
CREATE INDEX appointments_by_series ON appointments (series_id) WHERE series_id IS NOT NULL;
CREATE UNIQUE INDEX appointments_by_session_note ON appointments (session_note_id) WHERE session_note_id IS NOT NULL;
CREATE TRIGGER appointments_are_never_deleted BEFORE DELETE ON appointments
BEGIN SELECT RAISE(ABORT, 'appointments are cancelled, never deleted'); END;
-- Before this migration a note could name any appointment id, unchecked. New appointments never
-- take such an id (AUTOINCREMENT starts above them), and drafts, which may still be edited,
-- forget it; signed notes keep what they said.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'appointments', coalesce(max(appointment_id), 0) FROM session_notes;
UPDATE session_notes SET appointment_id = NULL WHERE status = 'draft' AND appointment_id IS NOT NULL;
-- Part of every exported calendar event's UID, so that two clinics' appointment 7 stay apart.
INSERT INTO settings (key, value) VALUES ('diary.calendar-key', lower(hex(randomblob(8))));
)sql";

// v7: search as you type with one or two letters, at 100,000 patients. Such a word has no
// trigram to narrow with, and a word few names hold made the search read every patient (178 ms
// at 100,000) before it knew the first page was short. patient_grams holds every letter and
// every pair of letters of each patient's folded search text (not those with a space), keyed
// in list order, so the first page of matches is a range of one index whatever the word.
// Kept by triggers, so no writer can forget it; a trigger cannot use WITH, hence the table of
// positions (1..4000; the longest search text the patient form allows is under 1,000).
// Words of three letters or more keep the trigram index; both read candidates from
// patients_for_search, not from the wide rows.
constexpr std::string_view v7 = R"sql(
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 4000)
INSERT INTO search_positions (n) SELECT n FROM c;
CREATE TABLE patient_grams (
  gram       TEXT NOT NULL,
  sort_key   TEXT NOT NULL,
  patient_id INTEGER NOT NULL,
  PRIMARY KEY (gram, sort_key, patient_id)
) WITHOUT ROWID;
CREATE VIEW patient_gram_widths (width) AS SELECT 1 UNION ALL SELECT 2;
-- What a search looks at in each candidate, narrow enough for a page of cache to hold 50 of
-- them (the rows themselves hold a patient's whole address and notes).
CREATE INDEX patients_for_search ON patients (id, archived, sort_key, search_text);
INSERT OR IGNORE INTO patient_grams (gram, sort_key, patient_id)
SELECT substr(p.search_text, s.n, w.width), p.sort_key, p.id
FROM patients p, patient_gram_widths w, search_positions s
WHERE s.n <= length(p.search_text) + 1 - w.width AND instr(substr(p.search_text, s.n, w.width), ' ') = 0;
CREATE TRIGGER patient_grams_on_insert AFTER INSERT ON patients BEGIN
  INSERT OR IGNORE INTO patient_grams (gram, sort_key, patient_id)
  SELECT substr(new.search_text, s.n, w.width), new.sort_key, new.id
  FROM patient_gram_widths w, search_positions s
  WHERE s.n <= length(new.search_text) + 1 - w.width AND instr(substr(new.search_text, s.n, w.width), ' ') = 0;
END;
CREATE TRIGGER patient_grams_on_update AFTER UPDATE OF search_text, sort_key ON patients
WHEN old.search_text IS NOT new.search_text OR old.sort_key IS NOT new.sort_key BEGIN
  DELETE FROM patient_grams WHERE sort_key = old.sort_key AND patient_id = old.id AND gram IN (
    SELECT substr(old.search_text, s.n, w.width) FROM patient_gram_widths w, search_positions s
    WHERE s.n <= length(old.search_text) + 1 - w.width);
  INSERT OR IGNORE INTO patient_grams (gram, sort_key, patient_id)
  SELECT substr(new.search_text, s.n, w.width), new.sort_key, new.id
  FROM patient_gram_widths w, search_positions s
  WHERE s.n <= length(new.search_text) + 1 - w.width AND instr(substr(new.search_text, s.n, w.width), ' ') = 0;
END;
CREATE TRIGGER patient_grams_on_delete AFTER DELETE ON patients BEGIN
  DELETE FROM patient_grams WHERE sort_key = old.sort_key AND patient_id = old.id AND gram IN (
    SELECT substr(old.search_text, s.n, w.width) FROM patient_gram_widths w, search_positions s
    WHERE s.n <= length(old.search_text) + 1 - w.width);
END;
)sql";

const std::vector<Migration> all = {
    {1, v1},
    {2, v2},
    {3, v3},
    {4, v4},
    {5, v5},
    {6, v6},
    {7, v7},
};
} // namespace

const std::vector<Migration>& migrations()
{
    return all;
}

int latest_schema_version()
{
    return all.back().version;
}

} // namespace fc::store
