#pragma once
// Red flags and signatures as a clinician reads them in the app: a flag as one line with its
// severity, a UTC instant in the clinic's local time.
#include "core/red_flag.h"

#include <wx/string.h>

class wxWindow;

#include <string_view>
#include <vector>

namespace fc::ui {

// "Urgent" or "For review".
wxString SeverityLabel(RedFlagSeverity severity);
// "Bleeding reported in the note of 2026-11-20 (urgent)", one line a flag, each after a bullet.
wxString FlagLines(const std::vector<RedFlag>& flags);
// Tells the clinician that a save raised `flags` (nothing when none): `headline` ("The note is
// signed and raised 2 red flags"), the flags, and where they wait for review.
void TellFlagsRaised(wxWindow* parent, const wxString& headline, const std::vector<RedFlag>& flags);
// "2026-11-25 10:05" in local time for a stored UTC instant "2026-11-25T09:05:00Z"; the text as
// it is when it is not one.
wxString LocalTime(std::string_view utc_instant);

} // namespace fc::ui
