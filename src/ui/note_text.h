#pragma once
// A session note as the Sessions tab shows it: a one-line heading, the key measures in short, and
// the whole note with its addenda as readable text.
#include "core/addendum.h"
#include "core/session_note.h"

#include <wx/string.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace fc::ui {

using ClinicianName = std::function<std::string(std::int64_t clinician_id)>;

// "Follow-up, 2026-11-20 09:30, 45 min"
wxString NoteHeading(const SessionNote& note);
// "Signed by Robin Sample, 2026-11-20 10:31" or "Draft, not signed".
wxString NoteStatusText(const SessionNote& note, const ClinicianName& name);
// The symptoms noted, "bleeding, burning" ("" for none).
wxString SymptomsText(const Symptoms& symptoms);
// Every part of the note that holds something, then the addenda, oldest first (the heading and
// status are shown apart).
wxString NoteText(const SessionNote& note, const std::vector<Addendum>& addenda, const ClinicianName& name);

} // namespace fc::ui
