#pragma once
// How a therapy plan reads on screen: its status, its dates, each component's parameters in one
// line, a recorded precaution override, and what each version changed. Words only; the values
// come from the core.
#include "core/dilator_set.h"
#include "core/precaution.h"
#include "core/therapy_plan.h"

#include <wx/string.h>

#include <vector>

namespace fc::ui {

wxString StatusLabel(PlanStatus status);
// "Active", or "Stopped: <reason>".
wxString StatusText(const TherapyPlan& plan);
wxString KindLabel(ComponentKind kind);
wxString LubricantLabel(Lubricant lubricant); // "Water-based"
// "Standard 8 (silicone, 10 to 32 mm)".
wxString DilatorSetLabel(const DilatorSet& set);
// A component's parameters in one line: "Standard 8: 10 to 22 mm, 5 to 15 minutes a session, ...".
wxString ParametersLine(const PlanComponent& component, const DilatorCatalogue& catalogue);
// "Started despite open precaution: History of anal fissure (noted 2026-03-01). Reason: ...".
wxString OverrideText(const PrecautionOverride& given, const std::vector<Precaution>& precautions,
                      const wxString& by);
// What version `v` changed from `previous` (nullptr for the first): "Plan started", "Added:
// Dilator programme", "Revised: title, goals".
wxString VersionChange(const PlanVersion& v, const PlanVersion* previous);
// The chooser's line for an episode: "Title (active, from 2026-09-01)".
wxString EpisodeLabel(const EpisodeOfCare& episode);

} // namespace fc::ui
