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

const std::vector<Migration> all = {
    {1, v1},
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
